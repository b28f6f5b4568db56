// Lighthouse (pinned 12.2.3) on Debian's chromium: `npm run lighthouse [-- --port 3301 --runs 3]`.
// Starts `next start` on 127.0.0.1 from the build in NEXT_DIST_DIR (or .next), audits the home page,
// a scenario page and the wizard with Lighthouse's default mobile settings, prints the median
// performance and accessibility scores, and exits 1 below performance 95 or accessibility 100.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { z } from "zod";
import { chromiumArgs, chromiumPath } from "./chromium.mts";
import { serveBuilt } from "./serve-built.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3301" },
    runs: { type: "string", default: "3" },
  },
});
const runs = Math.min(9, Math.max(1, Number(values.runs)));
const paths = ["/", "/scenarios/wxm/dispatch-paused", "/diagnose"];
const TARGET = { performance: 95, accessibility: 100 };

const audit = z.object({ score: z.number().nullable(), title: z.string(), displayValue: z.string().optional(), numericValue: z.number().optional() });
const report = z.object({
  lighthouseVersion: z.string(),
  categories: z.object({
    performance: z.object({ score: z.number().nullable() }),
    accessibility: z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })) }),
  }),
  audits: z.record(z.string(), audit),
});
type Report = z.infer<typeof report>;

function lighthouse(url: string): Promise<Report> {
  const args = [
    "lighthouse", url, "--quiet", "--output=json", "--output-path=stdout",
    "--only-categories=performance,accessibility", `--chrome-path=${chromiumPath}`, `--chrome-flags=${chromiumArgs.join(" ")}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { stdio: ["ignore", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    // One audit takes well under a minute; a stuck browser must not hold the script.
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}`));
      try {
        resolve(report.parse(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const score = (s: number | null) => Math.round((s ?? 0) * 100);
const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

const server = await serveBuilt({ port: Number(values.port) });
const rows: Array<{ path: string; performance: number; accessibility: number; runs: number[] }> = [];
try {
  for (const path of paths) {
    const reports: Report[] = [];
    for (let i = 0; i < runs; i++) reports.push(await lighthouse(`${server.base}${path}`));
    const perf = reports.map((r) => score(r.categories.performance.score));
    const a11y = median(reports.map((r) => score(r.categories.accessibility.score)));
    rows.push({ path, performance: median(perf), accessibility: a11y, runs: perf });
    const last = reports[reports.length - 1];
    if (!last) continue;
    console.log(`${path}: ${metrics.map((m) => `${last.audits[m]?.title ?? m} ${last.audits[m]?.displayValue ?? "?"}`).join(", ")}`);
    // Whatever keeps accessibility below 100, by name.
    for (const ref of last.categories.accessibility.auditRefs) {
      const a = last.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) console.log(`  accessibility: ${ref.id}: ${a.title}`);
    }
  }
} finally {
  await server.stop();
}

console.log(`\nLighthouse 12.2.3, ${chromiumPath}, mobile defaults, median of ${runs} run(s)`);
console.log("page                               performance   accessibility   (performance per run)");
for (const r of rows) console.log(`${r.path.padEnd(34)} ${String(r.performance).padStart(11)} ${String(r.accessibility).padStart(15)}   (${r.runs.join(", ")})`);
console.log(`\n${JSON.stringify({ lighthouse: rows })}`);
const below = rows.filter((r) => r.performance < TARGET.performance || r.accessibility < TARGET.accessibility);
if (below.length) {
  console.error(`lighthouse: below performance ${TARGET.performance} / accessibility ${TARGET.accessibility}: ${below.map((r) => r.path).join(", ")}`);
  process.exitCode = 1;
}
