// The recall stage: a paste that says what it is about (a system's product: "survey invites",
// "webhook", "journey") and agrees with a scenario's own texts is shown that scenario as "possible",
// though its own words are too far from the catalog's to clear the threshold.
import { agreement } from "./agreement";
import type { Analyzer } from "./analyzer";
import type { MatchDoc } from "./docs";
import type { MatchIndex } from "./index-types";
import type { QueryWord } from "./query";
import { isStopword, type Token } from "./text";
import * as tunables from "./tunables";

const { PRODUCT_EXCLUSIVE, RECALL_AGREEING, RECALL_FLOOR } = tunables;

/**
 * The words of each system's product description ("survey invitations by email and SMS") that the
 * system's own scenarios use and other systems' scarcely do (survey, invitation; not email or SMS):
 * a paste using one says which product it is about. Stem → system.
 */
export function productStems(
  docs: readonly MatchDoc[],
  analyzer: Analyzer,
  stemIds: ReadonlyMap<string, number>,
  stemDocs: readonly number[][],
): Map<number, string> {
  const out = new Map<number, string>();
  const read = new Set<string>();
  for (const doc of docs) {
    if (!doc.product || read.has(doc.system)) continue;
    read.add(doc.system);
    const tokens = analyzer.tokenize(doc.product);
    tokens.forEach((t, i) => {
      // A piece of a camelCase name (the "app" of WhatsApp) is no word of the description.
      const piece = tokens[i - 1]?.end === t.start || tokens[i + 1]?.start === t.end;
      if (t.mask || piece || isStopword(t.text, analyzer.stem)) return;
      const s = stemIds.get(analyzer.stem(t.text));
      const using = s === undefined ? [] : (stemDocs[s] ?? []);
      const own = using.filter((d) => docs[d]?.system === doc.system).length;
      if (s !== undefined && using.length > 0 && own / using.length >= PRODUCT_EXCLUSIVE) out.set(s, doc.system);
    });
  }
  return out;
}

/** Capitalised in any English sentence, and no product's name. */
const CALENDAR = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "),
);

/**
 * Capitalised words inside a sentence that the catalog never uses ("Zendesk", "Thunderbird", "Meta"):
 * the paste names a product this catalog does not cover. A sentence's first word is not counted.
 */
export function foreignNames(index: MatchIndex, tokens: readonly Token[], text: string): number {
  let n = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.mask || !/^\p{Lu}/u.test(t.raw) || !/\p{Ll}/u.test(t.raw)) continue;
    if (/[.!?:;\n]\s*$/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start))) continue;
    if (!index.wordIds.has(t.text) && !index.glossary.has(t.text) && !index.glossaryNames.has(t.text) && !CALENDAR.has(t.text)) n++;
  }
  return n;
}

/**
 * Whether a best match below the threshold is shown as "possible" by recall: the paste names no
 * system, uses a word of that match's product, shares RECALL_AGREEING uncommon words with its own
 * texts, names no product the catalog does not know, and scores at least RECALL_FLOOR.
 */
export function recalled(
  index: MatchIndex,
  words: readonly QueryWord[],
  tokens: readonly Token[],
  text: string,
  top: { doc: number; raw: number; system: string },
  mentioned: ReadonlySet<string>,
): boolean {
  if (mentioned.size > 0 || top.raw < RECALL_FLOOR) return false;
  if (!words.some((w) => index.productStems.get(w.stem) === top.system)) return false;
  if (agreement(index, words, top.doc).shared < RECALL_AGREEING) return false;
  return foreignNames(index, tokens, text) === 0;
}
