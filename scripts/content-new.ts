// npm run content:new -- <system>/<slug>: creates a scenario from the commented template.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalog } from "@/lib/content/load";
import { scaffoldScenario } from "@/lib/content/scaffold";

const root = process.env.FIXPATH_ROOT ?? process.cwd();
const { catalog } = loadCatalog(root, "agent");
const result = scaffoldScenario(process.argv[2], catalog.systems, new Set(catalog.scenarios.map((s) => s.id)));
if (!result.ok) {
  console.error(result.message);
  process.exit(2);
}
const target = join(root, result.path);
if (existsSync(target)) {
  console.error(`${result.path} already exists`);
  process.exit(2);
}
writeFileSync(target, result.source);
console.log(`created ${result.path}: fill in its fields, then run npm run content:check`);
