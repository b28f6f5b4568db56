/**
 * Who may frame /embed: FIXPATH_EMBED_ORIGINS, read at request time (proxy.ts and app/embed), so one
 * build serves every deployment. Pure.
 */

export { isEmbedPath } from "./paths.mjs";

export interface EmbedOrigins {
  origins: string[];
  /** Entries that are not an exact http(s) origin; they are ignored (and logged by the caller). */
  rejected: string[];
}

/**
 * Exact origins only: scheme, host and optional port, nothing else. A path, a wildcard, a query or
 * credentials is refused rather than guessed at, since a too-wide frame-ancestors is a clickjacking hole.
 */
export function parseEmbedOrigins(raw: string | undefined): EmbedOrigins {
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const origin = exactOrigin(entry);
    if (origin) {
      if (!origins.includes(origin)) origins.push(origin);
    } else rejected.push(entry);
  }
  return { origins, rejected };
}

function exactOrigin(entry: string): string | undefined {
  if (!/^https?:\/\/[^/?#*\s]+\/?$/i.test(entry)) return undefined;
  try {
    const url = new URL(entry);
    if (url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** The frame-ancestors directive for /embed: the listed origins, or 'none' when the list is empty. */
export function frameAncestors(origins: string[]): string {
  return `frame-ancestors ${origins.length ? origins.join(" ") : "'none'"}`;
}

/** The site's CSP with its frame-ancestors directive replaced (or added) for /embed. */
export function embedCsp(baseCsp: string, origins: string[]): string {
  const directives = baseCsp
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d && !/^frame-ancestors\b/i.test(d));
  return [...directives, frameAncestors(origins)].join("; ");
}

/**
 * The origin /embed may post to: the one the host script said it was loaded on, if it is listed.
 * The browser has already refused to render /embed inside any origin not in the list.
 */
export function allowedParent(claimed: string | null | undefined, origins: string[]): string | null {
  if (!claimed) return null;
  const origin = exactOrigin(claimed);
  return origin && origins.includes(origin) ? origin : null;
}
