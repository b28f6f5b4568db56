import type { MatchIndex } from "./index-types";
import * as tunables from "./tunables";
import type { QueryWord } from "./query";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { ANCHOR_SHARE, DRIFT, MAX_VOTERS, MIN_VOTERS, PHRASE_MIN_COVERAGE, STOPWORD_WEIGHT, VOTE_BUDGET } = tunables;

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

// Stems used by more fields than MAX_VOTERS are checked around anchors instead of voting. On a long
// paste the limit shrinks so that the votes stay within VOTE_BUDGET: common words then only verify.

/**
 * Finds catalog texts in the paste. Rare words vote for (text, offset) anchors, Hough-style; the
 * best anchor of each text is then verified word by word, allowing drift, so a signature wrapped
 * across lines, carrying typos or a dropped word still matches, and a long paste costs one pass.
 */
export function findPhrases(index: MatchIndex, words: readonly QueryWord[]): PhraseHit[] {
  const voters = Math.max(MIN_VOTERS, Math.min(MAX_VOTERS, Math.floor(VOTE_BUDGET / Math.max(1, words.length))));
  // Per field touched, a running vote for its current anchor and its best so far. Words come in order,
  // so a phrase's words vote for the same anchor one after another; a drift of a few words keeps the run.
  const slotOf = new Map<number, number>();
  const fieldOf: number[] = [];
  const runAnchor: number[] = [];
  const runWeight: number[] = [];
  const bestAnchor: number[] = [];
  const bestWeight: number[] = [];
  for (let p = 0; p < words.length; p++) {
    const w = words[p];
    if (!w || w.stem < 0 || w.stop) continue;
    const postings = index.stemFields[w.stem];
    if (!postings || postings.length > 2 * voters) continue;
    const weight = (index.idf[w.stem] ?? 0) * w.quality;
    for (let k = 0; k < postings.length; k += 2) {
      const field = postings[k] ?? 0;
      const anchor = p - (postings[k + 1] ?? 0);
      let slot = slotOf.get(field);
      if (slot === undefined) {
        slot = fieldOf.length;
        slotOf.set(field, slot);
        fieldOf.push(field);
        runAnchor.push(anchor);
        runWeight.push(0);
        bestAnchor.push(anchor);
        bestWeight.push(0);
      }
      if (Math.abs(anchor - (runAnchor[slot] ?? anchor)) > DRIFT) {
        runAnchor[slot] = anchor;
        runWeight[slot] = 0;
      }
      const total = (runWeight[slot] ?? 0) + weight;
      runWeight[slot] = total;
      if (total > (bestWeight[slot] ?? 0)) {
        bestWeight[slot] = total;
        bestAnchor[slot] = runAnchor[slot] ?? anchor;
      }
    }
  }
  const hits: PhraseHit[] = [];
  const used = new Int32Array(words.length);
  for (let slot = 0; slot < fieldOf.length; slot++) {
    const fi = fieldOf[slot] ?? 0;
    const field = index.fields[fi];
    if (!field || (bestWeight[slot] ?? 0) < ANCHOR_SHARE * field.weight) continue;
    const hit = verify(index, fi, bestAnchor[slot] ?? 0, words, used);
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
    // The best-read unused word with this stem (the word itself before a typo of it), at most DRIFT
    // words away from where the anchor puts it; the nearest among equals.
    let pick = -1;
    let pickQuality = 0;
    for (let d = 0; d <= DRIFT; d++) {
      for (let side = d === 0 ? 1 : -1; side <= 1; side += 2) {
        const p = at + side * d;
        const q = words[p]?.quality ?? 0;
        if (p >= 0 && p < words.length && words[p]?.stem === s && used[p] !== stamp && q > pickQuality) {
          pick = p;
          pickQuality = q;
        }
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
  if (coverage < PHRASE_MIN_COVERAGE || (found < 2 && content > 1)) return undefined;
  return { field: fi, coverage, found, first, last, verbatim };
}

