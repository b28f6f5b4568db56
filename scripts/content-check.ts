// npm run content:check [-- --root DIR] [--out FILE --edition customer|agent]
// Runs checkCatalog (lib/content/check.ts) and prints `content/<path>[:line]: <field>: <message>`;
// errors exit 1, warnings print and do not. With --out it also writes the edition's compiled
// catalog, every body compiled by mdx-bundler (next.config.mjs does this during `next build`, so the build fails on exactly these lines).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { hasErrors } from "@/lib/content/check";
import { checkContent, editionFromEnv } from "@/lib/content/load";
import { compileCatalog } from "@/lib/content/mdx-compile";
import { formatProblem } from "@/lib/content/problem";

const { values, positionals } = parseArgs({
  options: { root: { type: "string" }, out: { type: "string" }, edition: { type: "string" } },
  allowPositionals: true,
});
const root = values.root ?? process.env.FIXPATH_ROOT ?? positionals[0] ?? process.cwd();
const edition = editionFromEnv(values.edition ?? process.env.FIXPATH_EDITION);
const { catalog, problems } = checkContent(root, edition);

const errors = problems.filter((p) => p.severity === "error");
const warnings = problems.filter((p) => p.severity === "warning");
for (const p of errors) console.error(formatProblem(p));
for (const p of warnings) console.warn(`warning: ${formatProblem(p)}`);
if (hasErrors(problems)) {
  console.error(`\n${errors.length} error${errors.length === 1 ? "" : "s"}: fix them and run npm run content:check again (see CONTRIBUTING.md).`);
  process.exit(1);
}
async function main(out: string | undefined): Promise<void> {
  if (out) {
    // Every body compiled by mdx-bundler from its validated, edition-filtered tree.
    const compiled = await compileCatalog(catalog);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(compiled));
  }
  console.log(`content ok: ${catalog.systems.length} systems, ${catalog.scenarios.length} scenarios` + (warnings.length ? `, ${warnings.length} warnings` : ""));
}

main(values.out).catch((error: unknown) => {
  console.error(`content:check could not compile the catalog: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
