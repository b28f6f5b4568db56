// Load test: `npm run load [-- --port 3300 --duration 20 --connections 50]`. Starts `node server.mjs`
// (as `npm start` serves) on 127.0.0.1 from the build in NEXT_DIST_DIR (or .next), runs autocannon against POST /api/diagnose
// (the eval pastes, in turn) and one scenario page, prints req/s, p50, p99, errors and 429s, checks
// the p99 budgets in tests/budgets.json, and stops the server. Exits 1 on errors or a blown budget.
// Then, side by side: searches alone, the same searches while as many other connections post
// feedback (POST /api/feedback, each 201 a committed row), and searches alone again; it counts the
// rows afterwards (no
// acknowledged answer may be missing) and checks that the p99 with feedback stays within 10% of the
// mean p99 of the two runs alone.
// With DATABASE_URL set, the server stores feedback in that PostgreSQL (a new schema, dropped after).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { DataDirLockedError } from "../lib/insights/db/lock";
import { openStore, rowsOf } from "../lib/insights/db/open";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Client } from "pg";
import { z } from "zod";
import { serveBuilt } from "./serve-built.mjs";

function withSearchPath(url: string, schemaName: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schemaName}`);
  return u.toString();
}
async function withClient(url: string, run: (c: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3300" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    page: { type: "string", default: "/scenarios/wxm/dispatch-paused" },
  },
});
const port = Number(values.port);
const duration = Math.min(120, Math.max(1, Number(values.duration)));
const connections = Math.min(500, Math.max(1, Number(values.connections)));
// Capacity, not throttling, is measured: every request comes from one client key ("local"), so the
// default 60 a minute would answer nearly all of them with 429. FIXPATH_RATE_LIMIT overrides this.
const rateLimit = process.env.FIXPATH_RATE_LIMIT ?? "1000000";

const budgets = z
  .object({ loadP99Ms: z.object({ api: z.number().positive(), page: z.number().positive() }) })
  .parse(JSON.parse(readFileSync("tests/budgets.json", "utf8")));

const evalLine = z.object({ text: z.string() });
// The legacy labelled pastes (tests/eval/tuning/legacy): the same 443 the load budgets were measured with.
const pastes = readdirSync("tests/eval/tuning/legacy")
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(`tests/eval/tuning/legacy/${f}`, "utf8").split("\n").filter(Boolean))
  .map((line) => evalLine.parse(JSON.parse(line)).text);

interface Figures {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  tooMany: number;
  budget: number;
}

async function run(name: string, budget: number, options: autocannon.Options): Promise<Figures & { created: number }> {
  const result = await autocannon({ connections, duration, timeout: 10, ...options });
  const count = (code: string) => result.statusCodeStats?.[code as `${number}`]?.count ?? 0;
  const tooMany = count("429");
  return {
    name,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Deliberate 429s are not errors; anything else that is not 2xx, and every socket error or timeout, is.
    errors: result.errors + result.non2xx - tooMany,
    tooMany,
    budget,
    created: count("201"),
  };
}

// A database of its own, so that the rows can be counted after the server has stopped: a new
// embedded one, or with DATABASE_URL a new schema in that PostgreSQL (dropped afterwards).
const dataDir = mkdtempSync(join(tmpdir(), "fixpath-load-"));
const schema = `fixpath_load_${process.pid}_${Date.now()}`;
const databaseUrl = process.env.DATABASE_URL ? withSearchPath(process.env.DATABASE_URL, schema) : undefined;
if (databaseUrl) await withClient(process.env.DATABASE_URL!, (c) => c.query(`create schema ${schema}`));
const server = await serveBuilt({ port, env: { FIXPATH_RATE_LIMIT: rateLimit, FIXPATH_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
console.log(`load: feedback is stored in ${databaseUrl ? `PostgreSQL (DATABASE_URL, schema ${schema})` : "a new embedded database (PGlite)"}`);
// A hard stop, whatever autocannon does: twice the planned time plus a minute.
const guard = setTimeout(() => {
  console.error("load: took far longer than planned; stopping");
  void server.stop().finally(() => process.exit(1));
}, (5 * duration * 2 + 120) * 1000);
guard.unref();

const figures: Figures[] = [];
let alone: Figures | undefined;
let after: Figures | undefined;
let mixed: Figures | undefined;
let feedback: (Figures & { created: number }) | undefined;
try {
  // Warm up: the catalog and the matcher index are built on the first request.
  for (let i = 0; i < 20; i++) {
    await fetch(`${server.base}/api/diagnose`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: pastes[i % pastes.length] }) });
    await fetch(`${server.base}${values.page}`);
  }
  console.log(`load: ${connections} connections, ${duration} s each, against ${server.base} (FIXPATH_RATE_LIMIT=${rateLimit}, ${pastes.length} pastes)`);
  figures.push(
    await run("POST /api/diagnose", budgets.loadP99Ms.api, {
      url: server.base,
      requests: pastes.map((text) => ({ method: "POST", path: "/api/diagnose", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) })),
    }),
  );
  figures.push(await run(`GET ${values.page}`, budgets.loadP99Ms.page, { url: `${server.base}${values.page}` }));

  // Searches alone, then the same searches while other connections post feedback.
  const searches = () =>
    run("searches", budgets.loadP99Ms.api, {
      url: server.base,
      requests: pastes.map((text) => ({ method: "POST", path: "/api/diagnose", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) })),
    });
  const scenario = z.object({ id: z.string() }).array().parse(await (await fetch(`${server.base}/catalog.json`)).json().then((c: { scenarios: unknown }) => c.scenarios))[0]!.id;
  // The first feedback waits for the embedded database to be ready.
  for (let i = 0; i < 120 && (await fetch(`${server.base}/api/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ scenario, solved: true }) })).status !== 201; i++) {
    await new Promise((r) => setTimeout(r, 500));
  }
  alone = await searches();
  [mixed, feedback] = await Promise.all([
    searches(),
    run("feedback", Infinity, {
      url: server.base,
      requests: [{ method: "POST", path: "/api/feedback", headers: { "content-type": "application/json" }, body: JSON.stringify({ scenario, solved: false, reason: "unclear", comment: "load test" }) }],
    }),
  ]);
  // Searches alone once more: the run with feedback is compared with both runs around it, so that
  // the machine's load drifting (other builds on a shared machine) weighs on both sides alike.
  after = await searches();
} finally {
  await server.stop();
  clearTimeout(guard);
}

let stored = 0;
// The stopped server's process can take a moment to be gone, and its lock on the folder with it.
let store;
for (let tries = 0; !store; tries++) {
  try {
    store = await openStore(databaseUrl ? { databaseUrl } : { dataDir });
  } catch (error) {
    if ((error as Error).name !== DataDirLockedError.name || tries > 100) throw error;
    await new Promise((r) => setTimeout(r, 200));
  }
}
try {
  stored = (await rowsOf<{ n: number }>(store.db, sql`select count(*)::int as n from events where type = 'feedback' and reason = 'unclear'`))[0]?.n ?? 0;
} finally {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl) await withClient(process.env.DATABASE_URL!, (c) => c.query(`drop schema ${schema} cascade`));
}

console.log("\nscenario                                    requests   req/s   p50 ms   p99 ms   errors   429s   p99 budget");
for (const f of figures) {
  const verdict = f.p99 <= f.budget ? "ok" : "OVER";
  console.log(
    `${f.name.padEnd(42)} ${String(f.requests).padStart(9)} ${String(f.rps).padStart(7)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.errors).padStart(8)} ${String(f.tooMany).padStart(6)}   ${f.budget} ms ${verdict}`,
  );
}
const baseline = alone && after ? (alone.p99 + after.p99) / 2 : NaN;
const ratio = mixed ? mixed.p99 / baseline : NaN;
const lost = feedback ? feedback.created - stored : NaN;
console.log(`\nside by side, ${connections} connections searching (+ ${connections} posting feedback), ${duration} s each`);
console.log("run                              requests   req/s   p50 ms   p99 ms   errors");
for (const [name, f] of [["searches alone", alone], ["searches while feedback", mixed], ["feedback (POST /api/feedback)", feedback], ["searches alone again", after]] as const) {
  if (f) console.log(`${name.padEnd(32)} ${String(f.requests).padStart(8)} ${String(f.rps).padStart(7)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.errors).padStart(8)}`);
}
console.log(`feedback acknowledged (201): ${feedback?.created}, rows stored: ${stored}, lost: ${lost}`);
console.log(`searches' p99 with feedback / mean p99 alone (before and after): ${ratio.toFixed(3)} (budget 1.10); against the run before only: ${((mixed?.p99 ?? NaN) / (alone?.p99 ?? NaN)).toFixed(3)}`);
console.log(`\n${JSON.stringify({ load: figures, sideBySide: { alone, mixed, feedback, after, stored, p99Ratio: ratio } })}`);
const failed = figures.filter((f) => f.errors > 0 || f.p99 > f.budget);
if (!(ratio <= 1.1)) failed.push({ name: "searches' p99 within 10% with feedback load" } as Figures);
if (!(lost <= 0) || (mixed?.errors ?? 1) > 0 || (feedback?.errors ?? 1) > 0) failed.push({ name: "feedback: errors or lost acknowledged answers" } as Figures);
if (failed.length) {
  console.error(`load: ${failed.map((f) => f.name).join(", ")}: errors or p99 over budget`);
  process.exitCode = 1;
}
