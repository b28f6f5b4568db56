// npm run diagnose -- [--json] [--limit N] [--batch] [TEXT]
// Ranks the catalog's scenarios for TEXT, or for all of stdin as one paste when TEXT is absent.
import { loadCatalog, editionFromEnv } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problem";
import { buildMatchIndex, diagnose, diagnosePaste, toMatchDocs, type Match, type TableTriage } from "@/lib/match";
import { parseDiagnoseArgs, readBatchLine, usage } from "@/lib/match/cli";
import { toJsonMatch } from "@/lib/match/json-match";
import { countOf } from "@/lib/text/plural";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function printTable(table: TableTriage): void {
  console.log(`Table: ${countOf(table.rows, "row")}`);
  for (const g of table.groups) console.log(`  ${String(g.count).padStart(5)} × ${g.slug ?? "no known cause"}   e.g. ${g.sample.replace(/\s+/g, " ").slice(0, 80)}`);
  console.log("");
}

function printList(text: string, matches: Match[]): void {
  if (matches.length === 0) {
    console.log("No scenario matches this text. Try the guided wizard, or describe the problem in other words.");
    return;
  }
  matches.forEach((m, i) => {
    const span = m.why.span ? `  «${text.slice(m.why.span[0], m.why.span[1]).replace(/\s+/g, " ")}»` : "";
    console.log(`${i + 1}. ${m.title}  [${m.systemName}]  score ${m.score.toFixed(2)}`);
    console.log(`   ${m.url}`);
    console.log(`   matched ${m.why.kind}: ${m.why.text}${span}`);
  });
}

async function main(): Promise<number> {
  const args = parseDiagnoseArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`diagnose: ${args.error}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const { catalog, problems } = loadCatalog(process.cwd(), editionFromEnv());
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    for (const p of errors) console.error(formatProblem(p));
    return 1;
  }
  const index = buildMatchIndex(toMatchDocs(catalog));
  const options = { limit: args.limit };
  if (args.batch) {
    const input = await readStdin();
    let failed = 0;
    input.split("\n").forEach((line, n) => {
      if (!line.trim()) return;
      const row = readBatchLine(line);
      if (!row.ok) {
        console.error(`diagnose: stdin line ${n + 1}: ${row.error}`);
        failed++;
        return;
      }
      console.log(JSON.stringify({ id: row.id, matches: diagnose(index, row.text, options).map(toJsonMatch) }));
    });
    return failed > 0 ? 2 : 0;
  }
  const text = args.text ?? (await readStdin());
  const { matches, table } = diagnosePaste(index, text, options);
  if (args.json) console.log(JSON.stringify({ matches: matches.map(toJsonMatch), ...(table ? { table } : {}) }));
  else {
    if (table) printTable(table);
    printList(text, matches);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`diagnose: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
