// npm run content:steps: records every scenario's current step ids in content/.published-steps.json.
// content:check warns when a recorded id disappears without a was="..." pointing at it (a renamed
// step would silently lose its checklist ticks). Run it when you remove a step on purpose.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalog, PUBLISHED_STEPS_FILE } from "@/lib/content/load";

const root = process.env.FIXPATH_ROOT ?? process.cwd();
const { catalog } = loadCatalog(root, "agent");
const steps = Object.fromEntries(catalog.scenarios.map((s) => [s.id, s.steps.map((step) => step.id)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
writeFileSync(join(root, PUBLISHED_STEPS_FILE), `${JSON.stringify(steps, null, 2)}\n`);
console.log(`${PUBLISHED_STEPS_FILE}: ${catalog.scenarios.length} scenarios`);
