import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { securityHeaders as securityHeaderPairs } from "./lib/http/headers.mjs";
import { parseSiteUrl } from "./lib/site-url.mjs";

const edition = process.env.FIXPATH_EDITION === "agent" ? "agent" : "customer";
const distDir = process.env.NEXT_DIST_DIR || ".next";
/** Where the build puts the compiled catalog (lib/content/compiled.ts reads it back). */
const COMPILED_CATALOG = "fixpath/catalog.json";

/**
 * `next build` runs content:check first (the same checkCatalog as everywhere) and stops on exactly
 * the problems it prints; the edition's compiled catalog is kept and copied into the build output
 * once Next has cleaned and compiled it, so the server never reads content/.
 */
function checkAndCompileContent() {
  // Next loads this file again in its build workers; they inherit the result through the environment.
  if (process.env.FIXPATH_COMPILED_TMP) return process.env.FIXPATH_COMPILED_TMP;
  const out = join(mkdtempSync(join(tmpdir(), "fixpath-catalog-")), "catalog.json");
  const root = process.env.FIXPATH_CONTENT_ROOT ?? process.cwd();
  const tsx = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
  const run = spawnSync(process.execPath, [tsx, "scripts/content-check.ts", "--root", root, "--edition", edition, "--out", out], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error("\nnext build stopped: content:check found the errors above.");
    process.exit(1);
  }
  process.env.FIXPATH_COMPILED_TMP = out;
  return out;
}

// Security headers on every response Next renders (docs/security.md); server.mjs sets the same set on
// the answers it gives itself, plus HSTS over HTTPS and hashes in place of 'unsafe-inline' on
// prerendered pages.
const securityHeaders = securityHeaderPairs({ dev: process.env.NODE_ENV === "development" }).map(([key, value]) => ({ key, value }));

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (tests, several developers on one machine) use separate output folders.
  distDir,
  // Inlined at build time: the edition a build was made for is the edition it serves, from the
  // catalog compiled into its own output folder.
  env: { FIXPATH_EDITION: edition, FIXPATH_DIST_DIR: distDir, FIXPATH_SITE_URL: parseSiteUrl(process.env.FIXPATH_SITE_URL).url ?? "" },
  compiler: {
    runAfterProductionCompile: async ({ distDir: out }) => {
      if (phase !== PHASE_PRODUCTION_BUILD) return;
      const target = join(out, COMPILED_CATALOG);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(checkAndCompileContent(), target);
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
});

export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) {
    // A production build must know its public address (docs/security.md, "Site URL").
    const site = parseSiteUrl(process.env.FIXPATH_SITE_URL);
    if (site.problem) throw new Error(`Cannot build: ${site.problem}`);
    checkAndCompileContent();
  }
  return nextConfig(phase);
}
