// npm run content:check: validates every file under content/ and prints `content/<path>: <field>: <message>`.
import { loadCatalog } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problem";

const root = process.env.FIXPATH_ROOT ?? process.argv[2] ?? process.cwd();
let failed = false;
for (const edition of ["agent", "customer"] as const) {
  const { catalog, problems } = loadCatalog(root, edition);
  if (edition === "customer") {
    // Problems are the same in both editions; the customer pass only proves stripping leaves valid content.
    if (problems.some((p) => p.severity === "error")) failed = true;
    break;
  }
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  for (const p of errors) console.error(formatProblem(p));
  for (const p of warnings) console.warn(`warning: ${formatProblem(p)}`);
  if (errors.length > 0) failed = true;
  else console.log(`content ok: ${catalog.systems.length} systems, ${catalog.scenarios.length} scenarios` + (warnings.length ? `, ${warnings.length} warnings` : ""));
}
process.exit(failed ? 1 : 0);
