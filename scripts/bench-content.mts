// npm run bench:content [-- --scenarios 1000 --runs 3]
// How long the docs team waits for `npm run content:check` as the catalog grows: content/ grown to
// --scenarios in a temporary root (scripts/grow-content.ts), and the median wall time of
// checkCatalog (the function content:check and next build call).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { checkContent } from "@/lib/content/load";
import { growContent } from "./grow-content";

const { values } = parseArgs({ options: { scenarios: { type: "string", default: "1000" }, runs: { type: "string", default: "3" } } });
const target = Number(values.scenarios);
const runs = Number(values.runs);

const { root, remove } = growContent(target);

const times: number[] = [];
let problems = 0;
let scenarios = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const result = checkContent(root, "customer");
  times.push(performance.now() - t0);
  const errs = result.problems.filter((p) => p.severity === "error");
  problems = errs.length;
  if (process.env.BENCH_DEBUG) for (const p of errs.slice(0, 5)) console.log(p);
  scenarios = result.catalog.scenarios.length;
}
remove();
times.sort((a, b) => a - b);
console.log(`content check: node ${process.version}, ${scenarios} scenarios, load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`  median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s over ${runs} runs (min ${(times[0]! / 1000).toFixed(2)} s); ${problems} errors`);
