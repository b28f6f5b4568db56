import type { FieldKind, MatchIndex } from "./index-types";
import type { QueryWord } from "./query";
import { AGREEING_RARITY } from "./tunables";

/** A scenario's own texts: what it says happened, not how to fix it or the system's background. */
const OWN: ReadonlySet<FieldKind> = new Set<FieldKind>(["signature", "status", "title", "symptom", "summary"]);

/**
 * How many distinct words of the paste, each used by a minority of the catalog's scenarios, the
 * scenario's own texts also use, across all of them: a person describing a failure in their own words
 * ("customers who gave us both their email AND their phone never get a survey") shares several of the
 * scenario's words spread over its title, symptoms and summary; a chance match shares one or two.
 */
export function agreeingWords(index: MatchIndex, words: readonly QueryWord[], doc: number): number {
  return agreement(index, words, doc).shared;
}

/** agreeingWords, and how many distinct uncommon words the paste has (a word the catalog never uses is one). */
export function agreement(index: MatchIndex, words: readonly QueryWord[], doc: number): { shared: number; of: number } {
  const stems = new Set<number>();
  const unknown = new Set<string>();
  for (const w of words) {
    if (w.stop) continue;
    if (w.stem < 0) unknown.add(w.token.text);
    else if ((index.idf[w.stem] ?? 0) > AGREEING_RARITY) stems.add(w.stem);
  }
  const of = stems.size + unknown.size;
  if (stems.size === 0) return { shared: 0, of };
  const shared = new Set<number>();
  for (const f of index.docFields[doc] ?? []) {
    const field = index.fields[f];
    if (!field || !OWN.has(field.kind)) continue;
    for (const s of field.unique) if (stems.has(s)) shared.add(s);
  }
  return { shared: shared.size, of };
}
