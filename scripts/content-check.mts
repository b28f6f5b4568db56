// npm run content:check [-- --root DIR]: validates every file under content/ and prints
// `content/<path>: <field>: <message>`. Errors exit 1; warnings print and do not.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { loadCatalog } from "@/lib/content/load";
import { formatProblem, type Problem } from "@/lib/content/problem";
import { overdueReviewProblems } from "@/lib/content/rules";
import type { Catalog } from "@/lib/content/types";
import { selfMatchProblems } from "@/lib/match/self-match";
import { unreachableScenarios } from "@/lib/wizard";

export interface ContentCheck {
  catalog: Catalog;
  errors: Problem[];
  warnings: Problem[];
}

/** Every content rule, the wizard's and the matcher's included, over the content/ under root. */
export function checkContent(root: string, today = new Date()): ContentCheck {
  const { catalog, problems } = loadCatalog(root, "agent");
  const all: Problem[] = [...problems];
  // The wizard and matcher rules need a catalog that loaded cleanly.
  if (!all.some((p) => p.severity === "error")) all.push(...unreachableScenarios(catalog), ...selfMatchProblems(catalog));
  all.push(...overdueReviewProblems(catalog, today));
  // The customer edition cuts <Internal> blocks; what remains must still be valid content.
  const customer = loadCatalog(root, "customer").problems.filter((p) => p.severity === "error");
  for (const p of customer) if (!all.some((q) => formatProblem(q) === formatProblem(p))) all.push({ ...p, message: `${p.message} (customer edition)` });
  return { catalog, errors: all.filter((p) => p.severity === "error"), warnings: all.filter((p) => p.severity === "warning") };
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** The command: prints problems and returns the exit status. */
export function contentCheckCommand(argv: string[], env: Record<string, string | undefined> = process.env, io: Io = consoleIo): number {
  let root: string;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { root: { type: "string" } }, allowPositionals: true });
    root = values.root ?? env.FIXPATH_ROOT ?? positionals[0] ?? process.cwd();
  } catch (error) {
    io.err(`content:check: ${(error as Error).message}\nusage: npm run content:check [-- --root DIR]`);
    return 2;
  }
  const { catalog, errors, warnings } = checkContent(root);
  for (const p of errors) io.err(formatProblem(p));
  for (const p of warnings) io.err(`warning: ${formatProblem(p)}`);
  if (errors.length > 0) {
    io.err(`\n${errors.length} error${errors.length === 1 ? "" : "s"}: fix them and run npm run content:check again (see CONTRIBUTING.md).`);
    return 1;
  }
  io.out(`content ok: ${catalog.systems.length} systems, ${catalog.scenarios.length} scenarios` + (warnings.length ? `, ${warnings.length} warnings` : ""));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(contentCheckCommand(process.argv.slice(2)));
