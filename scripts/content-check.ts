// npm run content:check: validates every file under content/ and prints `content/<path>: <field>: <message>`.
// Errors exit 1; warnings print and do not.
import { loadCatalog, loadIncidents } from "@/lib/content/load";
import { formatProblem, type Problem } from "@/lib/content/problem";
import { selfMatchProblems } from "@/lib/match/self-match";
import { unreachableScenarios } from "@/lib/wizard";

const root = process.env.FIXPATH_ROOT ?? process.argv[2] ?? process.cwd();
const { catalog, problems } = loadCatalog(root, "agent");
const all: Problem[] = [...problems];
// The wizard and matcher rules need a catalog that loaded cleanly.
if (!all.some((p) => p.severity === "error")) all.push(...unreachableScenarios(catalog), ...selfMatchProblems(catalog));
// Known incidents name systems and scenarios of the catalog (lib/content/incidents).
const { incidents, problems: incidentProblems } = loadIncidents(root, catalog);
all.push(...incidentProblems);
// The customer edition cuts <Internal> blocks; what remains must still be valid content.
const customer = loadCatalog(root, "customer").problems.filter((p) => p.severity === "error");
for (const p of customer) if (!all.some((q) => formatProblem(q) === formatProblem(p))) all.push({ ...p, message: `${p.message} (customer edition)` });

const errors = all.filter((p) => p.severity === "error");
const warnings = all.filter((p) => p.severity === "warning");
for (const p of errors) console.error(formatProblem(p));
for (const p of warnings) console.warn(`warning: ${formatProblem(p)}`);
if (errors.length > 0) {
  console.error(`\n${errors.length} error${errors.length === 1 ? "" : "s"}: fix them and run npm run content:check again (see CONTRIBUTING.md).`);
  process.exit(1);
}
console.log(`content ok: ${catalog.systems.length} systems, ${catalog.scenarios.length} scenarios, ${incidents.length} incidents` + (warnings.length ? `, ${warnings.length} warnings` : ""));
