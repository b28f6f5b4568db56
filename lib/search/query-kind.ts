/**
 * Whether a query is keywords or a paste. Its own module, with no imports, because every page's
 * search box needs it and must not pull fuse.js or the matcher into the first load.
 */

/** Past this many characters, words or one line, a query is a paste for the matcher, not keywords. */
export const KEYWORD_MAX_CHARS = 48;
export const KEYWORD_MAX_WORDS = 4;

/** A short, single-line query: keywords. Anything longer is a paste. */
export function isKeywordQuery(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > KEYWORD_MAX_CHARS || t.includes("\n")) return false;
  return t.split(/\s+/).length <= KEYWORD_MAX_WORDS;
}
