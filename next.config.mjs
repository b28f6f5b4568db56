import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

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

/** Security headers on every response (see README, Security). */
const csp = [
  "default-src 'self'",
  // Statically prerendered pages cannot carry a per-request nonce, and Next inlines its RSC payload
  // scripts, so inline scripts are allowed; 'unsafe-eval' only in `next dev` (its hot reload needs it):
  // MDX bodies are compiled by mdx-bundler and run in Server Components at build time, never in the browser.
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (tests, several developers on one machine) use separate output folders.
  distDir,
  // Inlined at build time: the edition a build was made for is the edition it serves, from the
  // catalog compiled into its own output folder.
  env: { FIXPATH_EDITION: edition, FIXPATH_DIST_DIR: distDir },
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

export default (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) checkAndCompileContent();
  return nextConfig(phase);
};
