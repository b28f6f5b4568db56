// npm run bench:scale: the browser's search payload at 40 (the real catalog), 1,000 and 10,000
// scenarios (scripts/bench-synthetic.ts): index and cards size (gzip), load time (parse, rebuild the
// matcher's index, build the keyword index) and query time, and whether the browser would run the
// search itself or ask /api/search (lib/search/catalog-engine.ts, BROWSER_INDEX_MAX_GZIP). Then the
// unrelated-match rate on the tuning set's unrelated pastes at the same sizes (scripts/bench-unrelated.ts)
// and the dev preview's edit latency at --edit scenarios (scripts/bench-edit-latency.ts).
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, loadIndex, serializeIndex, toMatchDocs, type MatchDoc } from "@/lib/match";
import { answerQuery, createEngine } from "@/lib/search/answer";
import { toSearchCards, type SearchCards } from "@/lib/search/cards";
import { BROWSER_INDEX_MAX_GZIP, browserPayloadGzipBytes, decideEngineMode, engineModeFor, gzipBytes, type ModeDecision } from "@/lib/search/engine-mode";
import { editLatency } from "./bench-edit-latency";
import { queriesFor, syntheticCards, syntheticCatalog } from "./bench-synthetic";
import { unrelatedMatches, unrelatedPastes } from "./bench-unrelated";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "1000,10000" }, queries: { type: "string", default: "150" }, edit: { type: "string", default: "1000" } },
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const timed = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

function run(name: string, docs: MatchDoc[], cards: SearchCards) {
  const tExact = performance.now();
  const indexJson = serializeIndex(buildMatchIndex(docs));
  const cardsJson = JSON.stringify(cards);
  const exactMs = performance.now() - tExact + timed(() => browserPayloadGzipBytes(indexJson, cardsJson));
  let decided: ModeDecision | undefined;
  const decideMs = timed(() => (decided = decideEngineMode({ docs, cardsGzip: gzipBytes(cardsJson), exactIndexJson: () => indexJson })));
  const indexGz = gzipSync(indexJson).length;
  const cardsGz = gzipSync(cardsJson).length;
  const loads: number[] = [];
  let engine = createEngine(loadIndex(JSON.parse(indexJson)), JSON.parse(cardsJson) as SearchCards);
  for (let i = 0; i < (docs.length > 2000 ? 3 : 7); i++) {
    const t = performance.now();
    engine = createEngine(loadIndex(JSON.parse(indexJson)), JSON.parse(cardsJson) as SearchCards);
    loads.push(performance.now() - t);
  }
  const q = queriesFor(docs, 11, Number(values.queries));
  const all = [...q.short, ...q.lines, ...q.excerpts];
  for (const x of all.slice(0, 20)) answerQuery(engine, x.text);
  const times: Record<string, number[]> = { short: [], line: [], excerpt: [] };
  for (const [kind, list] of [["short", q.short], ["line", q.lines], ["excerpt", q.excerpts]] as const) {
    for (const x of list) {
      const t = performance.now();
      answerQuery(engine, x.text);
      times[kind]!.push(performance.now() - t);
    }
  }
  const total = indexGz + cardsGz;
  const mode = engineModeFor(total) === "browser" ? "browser" : "server (/api/search)";
  console.log(
    `${name.padEnd(22)}${String(docs.length).padStart(6)}  ${kb(indexGz).padStart(9)} ${kb(cardsGz).padStart(9)} ${kb(total).padStart(9)}  ${ms(median(loads)).padStart(6)} ms` +
      `  ${Object.values(times).map((t) => `${ms(median(t))}/${ms(pct(t, 0.95))}`.padStart(11)).join(" ")}  ${mode}`,
  );
  const agrees = decided?.mode === engineModeFor(total) ? "agrees" : "DISAGREES";
  console.log(`${"".padEnd(28)}mode decided in ${ms(decideMs)} ms (${decided?.exact ? "near the budget: index built" : "estimate"}, ${agrees}); exact rule (build, calibrate, gzip) ${ms(exactMs)} ms`);
}

console.log(`Fixpath search at scale: node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`);
console.log(`browser budget: ${kb(BROWSER_INDEX_MAX_GZIP)} gzip of index + cards; above it the browser asks /api/search (same answerQuery)`);
console.log("load: parse both JSON files, rebuild the matcher's index, build the keyword index (median); query: answerQuery p50/p95 in ms\n");
console.log(`${"catalog".padEnd(22)}${"size".padStart(6)}  ${"index gz".padStart(9)} ${"cards gz".padStart(9)} ${"total".padStart(9)}  ${"load".padStart(9)}  ${"short".padStart(11)} ${"log line".padStart(11)} ${"1.5 KB log".padStart(11)}  search runs in`);
const { catalog } = loadCatalog(process.cwd(), "customer");
run("real (customer)", toMatchDocs(catalog), toSearchCards(catalog));
for (const n of values.sizes.split(",").map(Number)) {
  const docs = syntheticCatalog(n).map((s) => s.doc);
  run("synthetic", docs, syntheticCards(docs));
}

// The real catalog grown to each size with synthetic scenarios: the matcher as the docs team would
// have it, each index with its own calibrated threshold.
const pastes = unrelatedPastes();
const real = toMatchDocs(catalog);
console.log(`\nunrelated pastes that matched something (tuning set: ${pastes.length} pastes; the real catalog, then grown with synthetic scenarios)`);
for (const n of [real.length, ...values.sizes.split(",").map(Number)]) {
  const docs = n <= real.length ? real : [...real, ...syntheticCatalog(n - real.length).map((s) => s.doc)];
  const t = performance.now();
  const index = buildMatchIndex(docs);
  const hits = unrelatedMatches(index, pastes);
  const took = (performance.now() - t) / 1000;
  const rate = `${hits.length}/${pastes.length} (${((100 * hits.length) / pastes.length).toFixed(1)}%)`;
  console.log(`${String(docs.length).padStart(6)} scenarios  ${rate.padEnd(14)} ${took.toFixed(1)} s  threshold ${index.threshold.toFixed(2)}  ${hits.map((h) => `${h.id}→${h.got} ${h.score.toFixed(2)} (${h.why})`).join(", ")}`);
}

// The preview part is async (it imports lib/content, server-only, at run time).
void editLatency(Number(values.edit)).then((edit) => {
  console.log(`\ndev preview edit latency, in-process through the memoised loader (lib/content), ${edit.scenarios} scenarios, ${edit.edit.length} edits:`);
  console.log(`  first load ${ms(edit.cold)} ms; write → first getScenario() with the new title: median ${ms(median(edit.edit))} ms, max ${ms(Math.max(...edit.edit))} ms`);
  console.log(`  a page's 12 getX() calls: ${ms(median(edit.page))} ms after an edit, ${ms(median(edit.idle))} ms with nothing edited (medians)`);
  console.log(`  the edit's median is ${(median(edit.edit) / edit.cold).toFixed(3)} of the first load (the machine is shared: compare ratios)`);
  console.log(`  after the edit is shown: the watcher's poll runs self-match and reachability: median ${ms(median(edit.rules))} ms, max ${ms(Math.max(...edit.rules))} ms`);
  console.log(`  the layout's search props for the new catalog (cards and engine mode, lib/search): median ${ms(median(edit.search))} ms, max ${ms(Math.max(...edit.search))} ms`);
  console.log(`  off the page's path: the first search after the edit builds the match index: median ${ms(median(edit.index))} ms`);
  console.log(`  load average at the end ${loadavg()[0]?.toFixed(1)}`);
});
