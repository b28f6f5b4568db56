// npm start [-- --port N] [--hostname H] [--rebuild]: serves the production build, building it first only
// when it is missing or made from other sources (see build-fingerprint.mts); a restart then takes seconds.
import { spawnSync } from "node:child_process";
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

const before = buildFingerprint(root);
const recorded = recordedFingerprint(distDir);
if (values.rebuild || recorded !== before) {
  console.log(recorded === undefined ? "No build yet: building (next build)." : "Sources changed since the last build: rebuilding (next build).");
  const build = spawnSync(next, ["build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordFingerprint(distDir, before);
} else {
  console.log("The build is up to date with the sources: starting it (npm start -- --rebuild forces a build).");
}
const args = ["start", "-p", values.port, ...(values.hostname ? ["-H", values.hostname] : [])];
const server = spawnSync(next, args, { stdio: "inherit" });
process.exit(server.status ?? 1);
