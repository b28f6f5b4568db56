// npm start [-- --port N] [--hostname H] [--rebuild]: serves the production build (server.mjs), building it first only
// when it is missing or made from other sources (see build-fingerprint.mts); a restart then takes seconds.
import { spawn, spawnSync } from "node:child_process";
import { constants } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildFingerprint, recordedFingerprint, recordFingerprint } from "./build-fingerprint.mts";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H" },
    rebuild: { type: "boolean", default: false },
  },
});
const root = process.cwd();
const distDir = join(root, process.env.NEXT_DIST_DIR || ".next");
const next = join(root, "node_modules", ".bin", "next");

// A production build needs the public address (lib/site.ts); locally it is this machine.
const env = { ...process.env, FIXPATH_SITE_URL: process.env.FIXPATH_SITE_URL || `http://localhost:${values.port}` };
const before = buildFingerprint(root, env);
const recorded = recordedFingerprint(distDir);
if (values.rebuild || recorded !== before) {
  console.log(recorded === undefined ? "No build yet: building (next build)." : "Sources changed since the last build: rebuilding (next build).");
  const build = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordFingerprint(distDir, before);
} else {
  console.log("The build is up to date with the sources: starting it (npm start -- --rebuild forces a build).");
}
// server.mjs wraps Next with the security headers and limits (docs/security.md).
const args = [join(root, "server.mjs"), "-p", values.port, ...(values.hostname ? ["-H", values.hostname] : [])];
// Not spawnSync: a blocked parent cannot pass on a stop signal, and `kill <npm start's pid>` (a process
// manager stopping the app) left the server running with the database's folder locked.
const server = spawn(process.execPath, args, { stdio: "inherit", env });
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1)));
