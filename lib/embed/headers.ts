import { embedCsp, isEmbedPath, parseEmbedOrigins } from "./origins";

// Warn once per distinct bad value, not on every request.
const warned = new Set<string>();

/**
 * The headers proxy.ts adds on an /embed response: the site's CSP with frame-ancestors from
 * FIXPATH_EMBED_ORIGINS. Other paths get none from here (next.config.mjs denies framing there).
 */
export function embedHeaders(pathname: string, rawOrigins: string | undefined, baseCsp: string | undefined): Array<[string, string]> {
  if (!isEmbedPath(pathname)) return [];
  const { origins, rejected } = parseEmbedOrigins(rawOrigins);
  if (rejected.length && !warned.has(rawOrigins ?? "")) {
    warned.add(rawOrigins ?? "");
    console.warn(`FIXPATH_EMBED_ORIGINS: ignored ${rejected.map((r) => JSON.stringify(r)).join(", ")}: each entry must be an exact origin like https://help.example.com`);
  }
  // Without the build's CSP (it is always inlined by next.config.mjs), fall back to denying everything but self.
  return [["Content-Security-Policy", embedCsp(baseCsp ?? "default-src 'self'", origins)]];
}
