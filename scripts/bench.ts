// npm run bench: matcher vs plain fuse.js on the real catalog and on 10,000 synthetic scenarios.
// Prints index build time and size, and per-query median and p95 for three kinds of paste.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Fuse from "fuse.js";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, diagnose, loadIndex, serializeIndex, toMatchDocs, type MatchDoc } from "@/lib/match";
import { queriesFor, syntheticCatalog, type Query } from "./bench-synthetic";

interface Bench {
  name: string;
  docs: MatchDoc[];
  bodies: string[];
  extraExcerpts: Query[];
}

const args = process.argv.slice(2);
const synthCount = Number(args.find((a) => a.startsWith("--synthetic="))?.slice(12) ?? 10_000);
/** The baseline is slow on big catalogs: each kind of query stops after this many ms (at least one query). */
const baselineBudgetMs = Number(args.find((a) => a.startsWith("--baseline-budget="))?.slice(18) ?? 20_000);

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), n: s.length };
}

function time<T>(queries: Query[], run: (q: string) => T, top: (r: T) => string | undefined, budgetMs = Infinity, rounds = 3) {
  const times: number[] = [];
  const cpu: number[] = [];
  let right = 0;
  let asked = 0;
  const start = performance.now();
  const done = () => ({ ...stats(times), cpu: stats(cpu), top1: right / asked });
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      const c = process.cpuUsage();
      const result = run(q.text);
      const used = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
      if (r === 0) {
        asked++;
        if (top(result) === q.want) right++;
      }
      if (performance.now() - start > budgetMs) return done();
    }
  }
  return done();
}

const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function run(b: Bench) {
  const t0 = performance.now();
  const index = buildMatchIndex(b.docs);
  const buildMs = performance.now() - t0;
  const json = serializeIndex(index);
  const t1 = performance.now();
  loadIndex(json);
  const loadMs = performance.now() - t1;
  const gz = gzipSync(json, { level: 9 }).length;
  const t2 = performance.now();
  const fuse = new Fuse(
    b.docs.map((d, i) => ({ id: d.id, title: d.title, body: b.bodies[i] ?? "" })),
    { keys: ["title", "body"] },
  );
  const fuseBuildMs = performance.now() - t2;
  console.log(`\n${b.name}: ${b.docs.length} scenarios`);
  console.log(`  matcher index: build ${ms(buildMs)} ms, load from JSON ${ms(loadMs)} ms, size ${kb(json.length)} raw, ${kb(gz)} gzip`);
  console.log(`  baseline fuse.js (default options, keys title + MDX body): build ${ms(fuseBuildMs)} ms`);
  const q = queriesFor(b.docs, 7, b.docs.length > 1000 ? 300 : 120);
  const kinds: Array<[string, Query[]]> = [
    ["short queries", q.short],
    ["single log lines", q.lines],
    ["1,500-char excerpts", [...b.extraExcerpts, ...q.excerpts]],
  ];
  console.log(
    `  ${"kind".padEnd(20)}${"matcher wall median / p95".padEnd(27)}${"(cpu median / p95)".padEnd(21)}${"top-1".padEnd(7)}` +
      `${"baseline wall median / p95".padEnd(28)}${"top-1, n".padEnd(12)}speed-up median / p95`,
  );
  for (const [name, queries] of kinds) {
    for (const x of queries.slice(0, 20)) diagnose(index, x.text);
    const m = time(queries, (t) => diagnose(index, t), (r) => r[0]?.slug);
    const f = time(queries, (t) => fuse.search(t, { limit: 5 }), (r) => r[0]?.item.id, baselineBudgetMs, 1);
    console.log(
      `  ${name.padEnd(20)}${`${ms(m.median)} / ${ms(m.p95)} ms`.padEnd(27)}${`(${ms(m.cpu.median)} / ${ms(m.cpu.p95)} ms)`.padEnd(21)}` +
        `${m.top1.toFixed(2).padEnd(7)}${`${ms(f.median)} / ${ms(f.p95)} ms`.padEnd(28)}${`${f.top1.toFixed(2)}, n=${f.n}`.padEnd(12)}` +
        `${(f.median / m.median).toFixed(0)}x / ${(f.p95 / m.p95).toFixed(0)}x`,
    );
  }
}

const root = process.cwd();
const { catalog } = loadCatalog(root, "agent");
const genesysLog = readFileSync(join(root, "..", "shared", "seeds", "003_4a2a97e5d0c22b8d.txt"), "utf8");
const logAt = genesysLog.indexOf("14-03-28");
const real: Bench = {
  name: "real catalog",
  docs: toMatchDocs(catalog),
  bodies: catalog.scenarios.map((s) => s.source),
  extraExcerpts: logAt >= 0 ? [{ text: genesysLog.slice(logAt, logAt + 1500), want: "genesys/chat-requeued-after-chat-server-failure" }] : [],
};
console.log(`Fixpath matcher bench: node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`);
console.log("per query, in ms: wall-clock median / p95 (and the process's CPU time, which a busy machine inflates less)");
console.log("top-1: share of the generated queries whose source scenario ranks first; n: baseline queries run within its time budget");
run(real);
const synth = syntheticCatalog(synthCount);
run({ name: "synthetic catalog", docs: synth.map((s) => s.doc), bodies: synth.map((s) => s.body), extraExcerpts: [] });
