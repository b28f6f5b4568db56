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
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (tests, several developers on one machine) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` runs `tsc` once before both builds; FIXPATH_TYPECHECKED=1 tells `next build` not to run it again.
  // A plain `next build` (npm start, npm run build) still checks types.
  typescript: { ignoreBuildErrors: process.env.FIXPATH_TYPECHECKED === "1" },
  // Inlined at build time: the edition a build was made for is the edition it serves.
  env: { FIXPATH_EDITION: edition },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
