// npm run bench:dev-edit -- --port 4300 --size 1000 --edits 11: a real `next dev` over content/ grown
// to --size scenarios (scripts/grow-content.ts) in a temporary root. Fetches one generated scenario's
// page with nothing edited (--idle times), then per edit rewrites a scenario's title and times one
// GET of its page, which must carry the new title. Prints medians and the load average. Heavy: it
// starts its own `next dev` (stopped by its process id at the end) in .next-dev, as test:dev-preview;
// --log FILE keeps its output (Next prints each request's compile and render times).
import { spawn } from "node:child_process";
import { openSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { growContent } from "./grow-content";

const { values } = parseArgs({
  options: { log: { type: "string", default: "/dev/null" }, port: { type: "string", default: "4300" }, size: { type: "string", default: "1000" }, edits: { type: "string", default: "11" }, idle: { type: "string", default: "7" } },
});
const base = `http://127.0.0.1:${values.port}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timedGet(path: string): Promise<{ ms: number; body: string }> {
  const t = performance.now();
  const res = await fetch(base + path);
  const body = await res.text();
  return { ms: performance.now() - t, body };
}

async function main() {
  const grown = growContent(Number(values.size));
  const log = openSync(values.log, "w");
  const server = spawn("npx", ["next", "dev", "-H", "127.0.0.1", "-p", values.port], {
    env: { ...process.env, NEXT_DIST_DIR: ".next-dev", FIXPATH_CONTENT_ROOT: grown.root, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const loads = [loadavg()[0]!];
  try {
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error("next dev did not answer in 240 s");
      try {
        if ((await fetch(`${base}/api/dev/content-version`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    const path = grown.made[0]!;
    const [, system, file] = path.split("/");
    const url = `/scenarios/${system}/${file!.replace(/\.mdx$/, "")}`;
    const first = await timedGet(url);
    const idle: number[] = [];
    for (let i = 0; i < Number(values.idle); i++) idle.push((await timedGet(url)).ms);
    loads.push(loadavg()[0]!);
    const edits: number[] = [];
    const original = readFileSync(join(grown.root, path), "utf8");
    for (let run = 0; run < Number(values.edits); run++) {
      const title = `Edited ${run} ${"x".repeat(run + 1)}`;
      writeFileSync(join(grown.root, path), original.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
      const got = await timedGet(url);
      if (!got.body.includes(title)) throw new Error(`edit ${run}: the page does not show ${JSON.stringify(title)}`);
      edits.push(got.ms);
      await new Promise((r) => setTimeout(r, 500));
    }
    loads.push(loadavg()[0]!);
    console.log(`next dev, ${values.size} scenarios, ${url}: first request ${s(first.ms)}`);
    console.log(`  nothing edited: median ${s(median(idle))} (${s(Math.min(...idle))}–${s(Math.max(...idle))}, ${idle.length} requests)`);
    console.log(`  after a title edit, the page with the new title: median ${s(median(edits))} (${s(Math.min(...edits))}–${s(Math.max(...edits))}, ${edits.length} edits)`);
    console.log(`  load average (1 min) at start, before the edits, at the end: ${loads.map((l) => l.toFixed(1)).join(", ")}`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    grown.remove();
  }
}

void main();
