// Load test: `npm run load [-- --port 3300 --duration 20 --connections 50]`. Starts `next start` on
// 127.0.0.1 from the build in NEXT_DIST_DIR (or .next), runs autocannon against POST /api/diagnose
// (the eval pastes, in turn) and one scenario page, prints req/s, p50, p99, errors and 429s, checks
// the p99 budgets in tests/budgets.json, and stops the server. Exits 1 on errors or a blown budget.
import { readdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { z } from "zod";
import { serveBuilt } from "./serve-built.mjs";

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

async function run(name: string, budget: number, options: autocannon.Options): Promise<Figures> {
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
  };
}

const server = await serveBuilt({ port, env: { FIXPATH_RATE_LIMIT: rateLimit } });
// A hard stop, whatever autocannon does: twice the planned time plus a minute.
const guard = setTimeout(() => {
  console.error("load: took far longer than planned; stopping");
  void server.stop().finally(() => process.exit(1));
}, (2 * duration * 2 + 60) * 1000);
guard.unref();

const figures: Figures[] = [];
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
} finally {
  await server.stop();
  clearTimeout(guard);
}

console.log("\nscenario                                    requests   req/s   p50 ms   p99 ms   errors   429s   p99 budget");
for (const f of figures) {
  const verdict = f.p99 <= f.budget ? "ok" : "OVER";
  console.log(
    `${f.name.padEnd(42)} ${String(f.requests).padStart(9)} ${String(f.rps).padStart(7)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.errors).padStart(8)} ${String(f.tooMany).padStart(6)}   ${f.budget} ms ${verdict}`,
  );
}
console.log(`\n${JSON.stringify({ load: figures })}`);
const failed = figures.filter((f) => f.errors > 0 || f.p99 > f.budget);
if (failed.length) {
  console.error(`load: ${failed.map((f) => f.name).join(", ")}: errors or p99 over budget`);
  process.exitCode = 1;
}
