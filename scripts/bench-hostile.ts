// npm run bench:hostile [-- --runs N]: times the matcher on hostile and huge pastes (the inputs of
// tests/unit/hostile/) and prints medians; exits 1 when one is over its bound in tests/budgets.json
// (matcherMs). Timing lives here, not in the unit tests, which must not fail because a build runs beside them.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { z } from "zod";
import { loadCatalog } from "@/lib/content/load";
import { diagnose, indexForCatalog } from "@/lib/match";
import { hostileText } from "../tests/unit/hostile/arbitraries";
import { hugeInputs } from "../tests/unit/hostile/huge-inputs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench:hostile: --runs must be a whole number of 1 or more, not ${values.runs}`);
  process.exit(2);
}
const bounds = z
  .object({ matcherMs: z.object({ randomPaste: z.number().positive(), hugePaste: z.number().positive() }) })
  .parse(JSON.parse(readFileSync("tests/budgets.json", "utf8"))).matcherMs;

const index = indexForCatalog(loadCatalog(process.cwd(), "agent").catalog);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function timeMs(text: string): number {
  const t = performance.now();
  diagnose(index, text);
  return performance.now() - t;
}

console.log(`matcher on hostile input: node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`);
const over: string[] = [];
const samples = fc.sample(hostileText, { numRuns: 400, seed: 42 });
for (const s of samples.slice(0, 20)) diagnose(index, s);
const perSample = samples.map((s) => median(Array.from({ length: runs }, () => timeMs(s))));
const slowest = Math.max(...perSample);
console.log(`400 random hostile strings: median ${median(perSample).toFixed(2)} ms, slowest ${slowest.toFixed(2)} ms (bound ${bounds.randomPaste} ms)`);
if (slowest > bounds.randomPaste) over.push("random hostile strings");
for (const { name, text } of hugeInputs()) {
  const ms = median(Array.from({ length: runs }, () => timeMs(text)));
  console.log(`${name}: median of ${runs} ${ms.toFixed(1)} ms (bound ${bounds.hugePaste} ms)`);
  if (ms > bounds.hugePaste) over.push(name);
}
if (over.length > 0) {
  console.error(`over the bound: ${over.join(", ")}`);
  process.exit(1);
}
