// npm run eval -- [DIR]   (default tests/eval/tuning)
// Scores the matcher on every *.jsonl under DIR, per kind. Prints each miss for the tuning half only:
// the held-out half is scored in aggregate, never inspected paste by paste (see tests/eval/README.md).
import { resolve } from "node:path";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, toMatchDocs } from "@/lib/match";
import { evaluate, formatEvaluation } from "@/lib/match/evaluate";
import { readLabelledPastes } from "./eval-files";

const dir = resolve(process.argv[2] ?? "tests/eval/tuning");
const heldout = dir.split(/[\\/]/).includes("heldout");
const pastes = readLabelledPastes(dir);
const { catalog } = loadCatalog(process.cwd(), "customer");
const result = evaluate(buildMatchIndex(toMatchDocs(catalog)), pastes);
for (const line of formatEvaluation(result)) console.log(line);
if (!heldout) for (const m of result.misses) console.log(`  miss ${m}`);
