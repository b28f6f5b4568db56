// Plain JavaScript (typed by headers.d.mts): next.config.mjs and server.mjs both use it, so every
// response, whether Next renders it or server.mjs answers it, carries the same set (docs/security.md).

/** The largest request body any route accepts: POST /api/diagnose's 384 KB (lib/match/api.ts checks it is the same). */
export const MAX_REQUEST_BODY_BYTES = 6 * 64 * 1024;
/** A request (headers and body) must arrive within this, or it is answered 408. */
export const REQUEST_TIMEOUT_MS = 10_000;
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * The Content-Security-Policy. With `scriptHashes` (a prerendered page, whose inline scripts are
 * fixed at build time), only those inline scripts may run; without (pages rendered per request,
 * whose inline RSC scripts hold the request's data), 'unsafe-inline' stays (docs/security.md).
 * `dev` adds 'unsafe-eval', which only `next dev`'s hot reload needs.
 */
export function contentSecurityPolicy(dev = false, scriptHashes = undefined) {
  const inline = scriptHashes ? scriptHashes.map((h) => ` '${h}'`).join("") : " 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src 'self'${inline}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, as [name, value] pairs. */
export function securityHeaders({ dev = false, https = false, scriptHashes = undefined } = {}) {
  return [
    ["Content-Security-Policy", contentSecurityPolicy(dev, scriptHashes)],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ...(https ? [["Strict-Transport-Security", HSTS]] : []),
  ];
}
