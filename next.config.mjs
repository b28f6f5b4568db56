import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { securityHeaders as securityHeaderPairs } from "./lib/http/headers.mjs";
import { parseSiteUrl } from "./lib/site-url.mjs";

const edition = process.env.FIXPATH_EDITION === "agent" ? "agent" : "customer";

// Security headers on every response Next renders (docs/security.md); server.mjs sets the same set on
// the answers it gives itself, plus HSTS over HTTPS.
const securityHeaders = securityHeaderPairs({ dev: process.env.NODE_ENV === "development" }).map(([key, value]) => ({ key, value }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (tests, several developers on one machine) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Inlined at build time: the edition a build was made for is the edition it serves.
  env: { FIXPATH_EDITION: edition, FIXPATH_SITE_URL: parseSiteUrl(process.env.FIXPATH_SITE_URL).url ?? "" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default function config(phase) {
  // A production build must know its public address (docs/security.md, "Site URL").
  const site = parseSiteUrl(process.env.FIXPATH_SITE_URL);
  if (phase === PHASE_PRODUCTION_BUILD && site.problem) throw new Error(`Cannot build: ${site.problem}`);
  return nextConfig;
}
