import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { EMBED_SCRIPT, headersForPath } from "./lib/embed/paths.mjs";
import { contentSecurityPolicy, securityHeaders as securityHeaderPairs } from "./lib/http/headers.mjs";
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
  const run = spawnSync(process.execPath, [tsx, "scripts/content-check.mts", "--root", root, "--edition", edition, "--out", out], { stdio: "inherit" });
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
const headerPairs = securityHeaderPairs({ dev: process.env.NODE_ENV === "development" });
const toHeaders = (pairs) => pairs.map(([key, value]) => ({ key, value }));

// --- Embedding (README, "Embedding the widget"; lib/embed/paths.mjs) ---
// Every path but /embed is never framed: CSP frame-ancestors 'none' and X-Frame-Options: DENY.
// /embed gets the same CSP with frame-ancestors from FIXPATH_EMBED_ORIGINS, set by proxy.ts at
// request time (so one build serves every deployment); the CSP reaches proxy.ts through `env`.
// /embed.js may be loaded by other origins. (A later rule overrides an earlier one's same header.)
const csp = contentSecurityPolicy(process.env.NODE_ENV === "development");
const headerRules = [
  { source: "/:path((?!embed(?:/|$)).*)", headers: toHeaders(headerPairs) },
  { source: "/embed", headers: toHeaders(headersForPath("/embed", headerPairs)) },
  { source: "/embed/:path*", headers: toHeaders(headersForPath("/embed", headerPairs)) },
  { source: EMBED_SCRIPT, headers: toHeaders(headersForPath(EMBED_SCRIPT, headerPairs)) },
];
// --- end embedding ---

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite loads its WebAssembly and data files from its own package folder at run time, and pg has
  // optional native bindings: both are required from node_modules rather than bundled. PGlite runs in
  // lib/insights/db/pglite-worker.mjs, which Node loads from the source tree (never bundled) with its
  // one import, @electric-sql/pglite, from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // Lets parallel builds (tests, several developers on one machine) use separate output folders.
  distDir,
  // `npm test` runs `tsc` once before both builds; FIXPATH_TYPECHECKED=1 tells `next build` not to run it again.
  // A plain `next build` (npm start, npm run build) still checks types.
  typescript: { ignoreBuildErrors: process.env.FIXPATH_TYPECHECKED === "1" },
  // Inlined at build time: the edition a build was made for is the edition it serves, from the
  // catalog compiled into its own output folder.
  env: {
    FIXPATH_EDITION: edition,
    FIXPATH_DIST_DIR: distDir,
    FIXPATH_SITE_URL: parseSiteUrl(process.env.FIXPATH_SITE_URL).url ?? "",
    FIXPATH_CSP: csp,
  },
  compiler: {
    runAfterProductionCompile: async ({ distDir: out }) => {
      if (phase !== PHASE_PRODUCTION_BUILD) return;
      const target = join(out, COMPILED_CATALOG);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(checkAndCompileContent(), target);
    },
  },
  async headers() {
    return headerRules;
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
