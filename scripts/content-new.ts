// npm run content:new -- <system>/<slug> [--signature TEXT]: creates a scenario from the commented template;
// --signature puts TEXT first under signatures (the "Draft a scenario from this" command of /insights).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalog } from "@/lib/content/load";
import { scaffoldScenario } from "@/lib/content/scaffold";

const root = process.env.FIXPATH_ROOT ?? process.cwd();
const { catalog } = loadCatalog(root, "agent");
const args = process.argv.slice(2);
let signature: string | undefined;
const flag = args.findIndex((a) => a === "--signature" || a.startsWith("--signature="));
if (flag >= 0) {
  const [taken] = args.splice(flag, args[flag] === "--signature" ? 2 : 1);
  signature = taken === "--signature" ? process.argv[2 + flag + 1] : taken!.slice("--signature=".length);
  if (!signature?.trim()) {
    console.error("--signature needs a text, e.g. --signature 'dispatch failed for <email>'");
    process.exit(2);
  }
}
const result = scaffoldScenario(args[0], catalog.systems, new Set(catalog.scenarios.map((s) => s.id)), { signature });
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
