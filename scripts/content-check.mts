// npm run content:check [-- --root DIR] [--out FILE --edition customer|agent]
// Runs checkCatalog (lib/content/check.ts) and prints `content/<path>[:line]: <field>: <message>`;
// errors exit 1, warnings (overdue reviews among them) print and do not. With --out it also writes the
// edition's compiled catalog, every body compiled by mdx-bundler from its validated, edition-filtered
// tree (next.config.mjs does this during `next build`, so the build fails on exactly these lines).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { hasErrors } from "@/lib/content/check";
import { checkContent, editionFromEnv } from "@/lib/content/load";
import { compileCatalog } from "@/lib/content/mdx-compile";
import { formatProblem } from "@/lib/content/problem";
import { defaultLearnedModel } from "@/lib/match/learned-default";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * The command, callable in-process (the tests do): prints problems and returns the exit status. The
 * check itself is synchronous; with --out the status comes once the compiled catalog is written.
 */
export function contentCheckCommand(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  io: Io = consoleIo,
  today = new Date(),
): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { root: { type: "string" }, out: { type: "string" }, edition: { type: "string" } },
      allowPositionals: true,
    });
  } catch (error) {
    io.err(`content:check: ${(error as Error).message}\nusage: npm run content:check [-- --root DIR] [--out FILE --edition customer|agent]`);
    return 2;
  }
  const { values, positionals } = parsed;
  const root = values.root ?? env.FIXPATH_ROOT ?? positionals[0] ?? process.cwd();
  const edition = editionFromEnv(values.edition ?? env.FIXPATH_EDITION);
  const { catalog, problems } = checkContent(root, edition, today);

  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  for (const p of errors) io.err(formatProblem(p));
  for (const p of warnings) io.err(`warning: ${formatProblem(p)}`);
  if (hasErrors(problems)) {
    io.err(`\n${errors.length} error${errors.length === 1 ? "" : "s"}: fix them and run npm run content:check again (see CONTRIBUTING.md).`);
    return 1;
  }
  // Scenarios added since `npm run train` are found by the word matcher alone (docs/search.md, "The learned reading").
  const learned = new Set(defaultLearnedModel().classes);
  const unlearned = catalog.scenarios.filter((s) => !learned.has(s.id)).map((s) => s.id);
  if (unlearned.length > 0) {
    const listed = unlearned.slice(0, 5).join(", ") + (unlearned.length > 5 ? `, and ${unlearned.length - 5} more` : "");
    io.err(`note: the learned model has not read ${unlearned.length === 1 ? "this scenario" : `these ${unlearned.length} scenarios`} yet: ${listed}. Run npm run train and commit lib/match/learned-model.json, so that pastes in people's own words find ${unlearned.length === 1 ? "it" : "them"} too.`);
  }
  const overdue = warnings.filter((p) => p.field === "reviewed").length;
  if (overdue > 0) io.err(`${overdue} scenario${overdue === 1 ? " is" : "s are"} due for review (listed above as reviewed warnings).`);
  const ok = () => {
    io.out(`content ok: ${catalog.systems.length} systems, ${catalog.scenarios.length} scenarios, ${catalog.incidents?.length ?? 0} incidents` + (warnings.length ? `, ${warnings.length} warnings` : ""));
    return 0;
  };
  const out = values.out;
  if (!out) return ok();
  // Every body compiled by mdx-bundler from its validated, edition-filtered tree.
  return compileCatalog(catalog).then(
    (compiled) => {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(compiled));
      return ok();
    },
    (error: unknown) => {
      io.err(`content:check could not compile the catalog: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    },
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void Promise.resolve(contentCheckCommand(process.argv.slice(2))).then((status) => process.exit(status));
}
