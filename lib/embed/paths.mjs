// Plain JavaScript (typed by paths.d.mts): next.config.mjs, server.mjs and proxy.ts all need which
// paths the widget uses and how their headers differ from every other path's (README, Embedding).

/** Paths that may be framed: the embed page itself (its scripts and data are loaded, not framed). */
export function isEmbedPath(pathname) {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** The widget's script, loaded by help pages on other origins. */
export const EMBED_SCRIPT = "/embed.js";

/**
 * The site's header pairs adjusted for `pathname`: /embed drops CSP and X-Frame-Options (proxy.ts
 * sets its CSP, with frame-ancestors from FIXPATH_EMBED_ORIGINS, per request); /embed.js may be
 * loaded cross-origin. Every other path keeps them as they are.
 */
export function headersForPath(pathname, pairs) {
  if (isEmbedPath(pathname)) return pairs.filter(([k]) => !/^(content-security-policy|x-frame-options)$/i.test(k));
  if (pathname === EMBED_SCRIPT) return pairs.map(([k, v]) => (/^cross-origin-resource-policy$/i.test(k) ? [k, "cross-origin"] : [k, v]));
  return pairs;
}
