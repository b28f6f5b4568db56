import { STOPWORD_WEIGHT, type MatchIndex } from "./build";
import type { QueryWord } from "./query";

/** A catalog text found in the paste in order, give or take a few words and typos. */
export interface PhraseHit {
  field: number;
  /** Share of the text's weight found, typos counting less: 1 is the whole text, verbatim. */
  coverage: number;
  /** Content words of the text found. */
  found: number;
  /** First and last word of the paste that matched (indexes into the query words). */
  first: number;
  last: number;
  /** Every word found as written in the catalog, not as another form or a typo. */
  verbatim: boolean;
}

/** Words may drift this far from where the anchor puts them (inserted or dropped words). */
const DRIFT = 3;
/**
 * Stems used by more fields than this are checked around anchors instead of voting. On a long paste
 * the limit shrinks so that the votes stay within VOTE_BUDGET: common words then only verify.
 */
const MAX_VOTERS = 1500;
const MIN_VOTERS = 12;
const VOTE_BUDGET = 150_000;

/**
 * Finds catalog texts in the paste. Rare words vote for (text, offset) anchors, Hough-style; the
 * best anchor of each text is then verified word by word, allowing drift, so a signature wrapped
 * across lines, carrying typos or a dropped word still matches, and a long paste costs one pass.
 */
export function findPhrases(index: MatchIndex, words: readonly QueryWord[]): PhraseHit[] {
  const votes = new Map<number, number>();
  const voters = Math.max(MIN_VOTERS, Math.min(MAX_VOTERS, Math.floor(VOTE_BUDGET / Math.max(1, words.length))));
  const best = new Map<number, { anchor: number; weight: number }>();
  for (let p = 0; p < words.length; p++) {
    const w = words[p];
    if (!w || w.stem < 0 || w.stop) continue;
    const postings = index.stemFields[w.stem];
    if (!postings || postings.length > 2 * voters) continue;
    const weight = (index.idf[w.stem] ?? 0) * w.quality;
    for (let k = 0; k < postings.length; k += 2) {
      const field = postings[k] ?? 0;
      const anchor = p - (postings[k + 1] ?? 0);
      const key = field * 65536 + anchor + 1024;
      const total = (votes.get(key) ?? 0) + weight;
      votes.set(key, total);
      const current = best.get(field);
      if (!current || total > current.weight) best.set(field, { anchor, weight: total });
    }
  }
  const hits: PhraseHit[] = [];
  const used = new Int32Array(words.length);
  for (const [fi, { anchor, weight }] of best) {
    const field = index.fields[fi];
    if (!field || weight < 0.25 * field.weight) continue;
    const hit = verify(index, fi, anchor, words, used);
    if (hit) hits.push(hit);
  }
  return hits;
}

function verify(index: MatchIndex, fi: number, anchor: number, words: readonly QueryWord[], used: Int32Array): PhraseHit | undefined {
  const field = index.fields[fi];
  if (!field) return undefined;
  let got = 0;
  let found = 0;
  let content = 0;
  let first = Infinity;
  let last = -1;
  let verbatim = true;
  const stamp = fi + 1;
  for (let j = 0; j < field.stems.length; j++) {
    const s = field.stems[j];
    const stop = field.stop[j] ?? false;
    if (!stop) content++;
    const at = anchor + j;
    // The nearest unused word with this stem, at most DRIFT words away from where the anchor puts it.
    let pick = -1;
    for (let d = 0; d <= DRIFT && pick < 0; d++) {
      for (let side = d === 0 ? 1 : -1; side <= 1 && pick < 0; side += 2) {
        const p = at + side * d;
        if (p >= 0 && p < words.length && words[p]?.stem === s && used[p] !== stamp) pick = p;
      }
    }
    const w = words[pick];
    if (!w || s === undefined) continue;
    used[pick] = stamp;
    got += stop ? STOPWORD_WEIGHT : (index.idf[s] ?? 0) * w.quality;
    if (!stop) found++;
    if (w.quality < 1) verbatim = false;
    if (pick < first) first = pick;
    if (pick > last) last = pick;
  }
  if (found === 0 || last < 0) return undefined;
  // A text found in pieces scattered over the paste is not a phrase.
  if (last - first + 1 > field.stems.length + 2 * DRIFT) return undefined;
  const coverage = field.weight > 0 ? got / field.weight : 0;
  if (coverage < 0.5 || (found < 2 && content > 1)) return undefined;
  return { field: fi, coverage, found, first, last, verbatim };
}

