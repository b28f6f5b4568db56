// npm run bench:content [-- --scenarios 1000 --runs 3]
// How long the docs team waits for `npm run content:check` as the catalog grows: copies content/ to a
// temporary root, adds generated scenarios (copies of the real ones with their own slug, title and
// signature, so the self-match and shared-signature rules still have work to do) up to --scenarios,
// and prints the median wall time of checkCatalog (the function content:check and next build call).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkContent } from "@/lib/content/load";

const { values } = parseArgs({ options: { scenarios: { type: "string", default: "1000" }, runs: { type: "string", default: "3" } } });
const target = Number(values.scenarios);
const runs = Number(values.runs);

const root = mkdtempSync(join(tmpdir(), "fixpath-bench-content-"));
cpSync(join(process.cwd(), "content"), join(root, "content"), { recursive: true });
rmSync(join(root, "content", ".published-steps.json"), { force: true });

const sources: Array<{ system: string; slug: string; text: string }> = [];
for (const system of readdirSync(join(root, "content"), { withFileTypes: true })) {
  if (!system.isDirectory() || system.name === "incidents") continue;
  for (const f of readdirSync(join(root, "content", system.name))) {
    if (f.endsWith(".mdx") && !f.startsWith("_")) sources.push({ system: system.name, slug: f.slice(0, -4), text: readFileSync(join(root, "content", system.name, f), "utf8") });
  }
}

// A made-up word per copy keeps each generated signature and title distinct.
const word = (n: number) => `zq${n.toString(36)}x`;
let made = sources.length;
for (let n = 0; made < target; n++, made++) {
  const src = sources[n % sources.length]!;
  const tag = word(n);
  const text = src.text
    .replace(/^title: (.*)$/m, (_, t: string) => `title: ${JSON.stringify(`${t.replace(/^["']|["']$/g, "")} ${tag}`)}`)
    .replace(/^signatures:\n((?:\s+- .*\n)+)/m, () => `signatures:\n  - ${tag} ${src.slug.replace(/-/g, " ")} failed\n`)
    .replace(/^related: .*$/m, "related: []")
    .replace(/^related:\n(?:\s+- .*\n)+/m, "related: []\n");
  writeFileSync(join(root, "content", src.system, `${src.slug}-${tag}.mdx`), text);
}

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
rmSync(root, { recursive: true, force: true });
times.sort((a, b) => a - b);
console.log(`content check: node ${process.version}, ${scenarios} scenarios, load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`  median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s over ${runs} runs (min ${(times[0]! / 1000).toFixed(2)} s); ${problems} errors`);
