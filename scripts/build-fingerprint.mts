// What a production build is made from, as one hash: `npm start` rebuilds only when it changed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Folders and files whose content goes into the build. Tests, docs and scripts do not. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
/** Environment variables read at build time (next.config.mjs inlines the edition). */
export const BUILD_ENV = ["FIXPATH_EDITION", "FIXPATH_SITE_URL", "NEXT_DIST_DIR"];
export const FINGERPRINT_FILE = "fixpath-build-fingerprint";

function filesUnder(root: string, entry: string): string[] {
  const full = join(root, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [entry];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split("\\").join("/"));
}

/** A sha256 over every build input's path and bytes, and the build-time environment. */
export function buildFingerprint(root: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap((e) => filesUnder(root, e)).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ""}\0`);
  return hash.digest("hex");
}

/** The fingerprint recorded in a build folder, when it holds a finished build. */
export function recordedFingerprint(distDir: string): string | undefined {
  const file = join(distDir, FINGERPRINT_FILE);
  return existsSync(join(distDir, "BUILD_ID")) && existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export function recordFingerprint(distDir: string, fingerprint: string): void {
  writeFileSync(join(distDir, FINGERPRINT_FILE), `${fingerprint}\n`);
}
