const edition = process.env.FIXPATH_EDITION === "agent" ? "agent" : "customer";

/** Security headers on every response (see README, Security). */
const csp = [
  "default-src 'self'",
  // Statically prerendered pages cannot carry a per-request nonce, and Next inlines its RSC payload
  // scripts, so inline scripts are allowed; 'unsafe-eval' only in `next dev` (its hot reload needs it):
  // MDX is evaluated at build time.
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
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// --- Embedding (README, "Embedding the widget") ---
// Every path but /embed is never framed: CSP frame-ancestors 'none' and X-Frame-Options: DENY.
// /embed gets the same CSP with frame-ancestors from FIXPATH_EMBED_ORIGINS, set by proxy.ts at
// request time (so one build serves every deployment); the CSP reaches proxy.ts through `env`.
const notEmbed = "/:path((?!embed(?:/|$)).*)";
const frameDenied = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Frame-Options", value: "DENY" },
];
// --- end embedding ---

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (tests, several developers on one machine) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Inlined at build time: the edition a build was made for is the edition it serves.
  env: { FIXPATH_EDITION: edition, FIXPATH_CSP: csp },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: notEmbed, headers: frameDenied },
    ];
  },
};

export default nextConfig;
