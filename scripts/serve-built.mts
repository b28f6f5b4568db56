// Starts `node server.mjs` on 127.0.0.1 for a measurement script (load, Lighthouse) and stops it again.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface Served {
  base: string;
  stop: () => Promise<void>;
  /** SIGKILL to the server's whole process group: no shutdown code runs (the durability test). */
  kill: () => void;
}

export interface ServeOptions {
  /** Omitted or 0: a port the system says is free now, so that parallel test files and runs never collide. */
  port?: number;
  env?: Record<string, string>;
  /** Give up if the server is not answering after this long. */
  readyMs?: number;
}

async function waitUntilUp(base: string, child: ChildProcess, readyMs: number): Promise<void> {
  const deadline = Date.now() + readyMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer on ${base} within ${readyMs} ms`);
}

/** A TCP port on 127.0.0.1 that nothing listens on: the system picks it (port 0), and it is released for the server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port from the system"))));
    });
  });
}

/**
 * How long stop() waits after SIGTERM before SIGKILL: longer than server.mjs's own shutdown deadline
 * (SHUTDOWN_MS in lib/insights/server.ts, 5 s), so a slow but clean close is never cut short by us.
 */
const STOP_GRACE_MS = 15_000;

/** Serves the build in NEXT_DIST_DIR (or .next); fails with a hint when there is none. */
export async function serveBuilt({ port: asked, env = {}, readyMs = 60_000 }: ServeOptions): Promise<Served> {
  const port = asked || (await freePort());
  const dist = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(dist, "BUILD_ID"))) {
    throw new Error(`no build in ${dist}: run \`NEXT_DIST_DIR=${dist} npx next build\` first`);
  }
  const base = `http://127.0.0.1:${port}`;
  const taken = await fetch(`${base}/`).then(() => true, () => false);
  if (taken) throw new Error(`something already answers on ${base}: pick another port with --port`);
  const child = spawn("node", ["server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let killed = false;
  const stop = async () => {
    if (killed || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // Its own process group: the server and anything it started go together.
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // Already gone (killed).
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
    // Killed by the signal, a process has no exit code but a signal code.
    try {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  };
  try {
    await waitUntilUp(base, child, readyMs);
  } catch (error) {
    await stop();
    throw error;
  }
  const kill = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    killed = true;
  };
  return { base, stop, kill };
}
