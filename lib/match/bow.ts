import type { MatchIndex, Weights } from "./index-types";
import { wordWeight, type QueryWord } from "./query";
import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const {
  HALF_COVERED,
  KIND_WEIGHT,
  LINE_MAX,
  MAX_CANDIDATES,
  MAX_UNITS,
  MOSTLY_EXPLAINED,
  SCAN_MIN,
  SCAN_SHARE,
  USEFUL,
  WHOLE_MAX,
} = tunables;

/** A stretch of the paste scored on its own: the whole of a short paste, a line, two adjacent lines. */
export interface Unit {
  from: number;
  to: number;
}

/** Word-overlap evidence for one scenario in one unit of the paste. */
export interface OverlapHit {
  doc: number;
  score: number;
  /** Share of the unit's words (by weight) the scenario's texts use. */
  explained: number;
  /** How much of the best single text (a symptom, the title...) the unit covers. */
  covered: number;
  field: number;
  unit: Unit;
}

export { KIND_WEIGHT };

/** The units of a paste: the whole paste when short, each line (long lines in chunks), adjacent line pairs. */
export function splitUnits(words: readonly QueryWord[]): Unit[] {
  const out = new Map<string, Unit>();
  const add = (from: number, to: number) => to > from && out.set(`${from}:${to}`, { from, to });
  if (words.length <= WHOLE_MAX) add(0, words.length);
  const lines: Unit[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && words[j]?.token.line === words[i]?.token.line) j++;
    lines.push({ from: i, to: j });
    i = j;
  }
  lines.forEach((line, k) => {
    if (line.to - line.from <= LINE_MAX) add(line.from, line.to);
    else for (let s = line.from; s < line.to; s += LINE_MAX / 2) add(s, Math.min(s + LINE_MAX, line.to));
    const next = lines[k + 1];
    if (next && next.to - line.from <= LINE_MAX * 1.5) add(line.from, next.to);
  });
  return [...out.values()];
}

/** Unique content words of a unit with their best quality, and the unit's total weight. */
function bagOf(index: Pick<Weights, "idf" | "unknownWeight">, words: readonly QueryWord[], unit: Unit) {
  const stems = new Map<number, number>();
  const unknown = new Set<string>();
  let total = 0;
  let contentWords = 0;
  for (let i = unit.from; i < unit.to; i++) {
    const w = words[i];
    if (!w || w.stop) continue;
    if (w.stem < 0) {
      if (!unknown.has(w.token.text)) {
        total += wordWeight(index, w);
        if (!w.number) contentWords++;
      }
      unknown.add(w.token.text);
      continue;
    }
    const prev = stems.get(w.stem);
    if (prev === undefined) {
      total += wordWeight(index, w);
      contentWords++;
    }
    if (prev === undefined || w.quality > prev) stems.set(w.stem, w.quality);
  }
  return { stems, total, contentWords };
}

/** Share of a stretch of the paste, by weight, that one scenario's words explain. */
export function explainedShare(index: MatchIndex, doc: number, words: readonly QueryWord[], unit: Unit): number {
  const { stems, total } = bagOf(index, words, unit);
  const vocab = index.docStems[doc];
  if (!vocab || total <= 0) return 0;
  let got = 0;
  for (const [s, q] of stems) got += (index.idf[s] ?? 0) * q * (vocab.get(s) ?? 0);
  return Math.min(1, got / total);
}

/**
 * The units worth scoring, each with its bag of words: identical units once (a log repeating a
 * line), and on a huge paste only the MAX_UNITS with the most catalog weight, which bounds the work.
 */
function promising(index: MatchIndex, words: readonly QueryWord[], units: readonly Unit[]) {
  const seen = new Set<string>();
  const out: Array<{ unit: Unit; bag: ReturnType<typeof bagOf>; potential: number }> = [];
  for (const unit of units) {
    const bag = bagOf(index, words, unit);
    if (bag.total <= 0 || bag.stems.size === 0) continue;
    if (units.length > 1) {
      const key = `${[...bag.stems].map(([s, q]) => `${s}:${q}`).join(",")}/${bag.total.toFixed(3)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    let potential = 0;
    for (const [s, q] of bag.stems) potential += (index.idf[s] ?? 0) * q;
    out.push({ unit, bag, potential });
  }
  return out.length <= MAX_UNITS ? out : out.sort((a, b) => b.potential - a.potential).slice(0, MAX_UNITS);
}

/**
 * The scenarios worth scoring unit by unit: those sharing the most (rarer) words with the whole
 * paste, plus `seeds` (scenarios a phrase already found). Keeps long pastes cheap on big catalogs.
 */
function candidatesFor(index: MatchIndex, words: readonly QueryWord[], seeds: Iterable<number>): number[] {
  const { stems } = bagOf(index, words, { from: 0, to: words.length });
  const limit = Math.max(SCAN_MIN, index.docs.length * SCAN_SHARE);
  // Scores live in a plain array by slot: a Map of doubles would box every update.
  const slotOf = new Map<number, number>();
  const docOf: number[] = [];
  const score: number[] = [];
  const add = (d: number, gain: number) => {
    const slot = slotOf.get(d);
    if (slot === undefined) {
      slotOf.set(d, docOf.length);
      docOf.push(d);
      score.push(gain);
    } else score[slot] = (score[slot] ?? 0) + gain;
  };
  for (const [s, q] of stems) {
    const list = index.stemDocs[s] ?? [];
    if (list.length > limit) continue;
    const gain = (index.idf[s] ?? 0) * q;
    for (const d of list) add(d, gain);
  }
  for (const d of seeds) add(d, Infinity);
  const order = docOf.map((_, i) => i).sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
  return order.slice(0, MAX_CANDIDATES).map((i) => docOf[i] ?? 0);
}

/** Scores the candidate scenarios against each unit; keeps each scenario's best unit. */
export function scoreOverlap(
  index: MatchIndex,
  words: readonly QueryWord[],
  units: readonly Unit[],
  seeds: Iterable<number> = [],
): Map<number, OverlapHit> {
  const best = new Map<number, OverlapHit>();
  const candidates = candidatesFor(index, words, seeds);
  for (const { unit, bag } of promising(index, words, units)) {
    // One shared word is a coincidence unless it is all the unit says.
    const needed = Math.min(2, bag.contentWords);
    for (const d of candidates) {
      const hit = scoreDoc(index, index, d, bag, needed, unit);
      const current = best.get(d);
      if (hit && (!current || hit.score > current.score)) best.set(d, hit);
    }
  }
  return best;
}

/** One scenario's word-overlap evidence in one unit, with these weights. */
function scoreDoc(index: MatchIndex, weights: Weights, d: number, bag: ReturnType<typeof bagOf>, needed: number, unit: Unit): OverlapHit | undefined {
  const { stems, total } = bag;
  const { idf, refWeight, fieldWeight } = weights;
  const vocab = index.docStems[d];
  if (!vocab) return undefined;
  let got = 0;
  for (const [s, q] of stems) got += (idf[s] ?? 0) * q * (vocab.get(s) ?? 0);
  const explained = Math.min(1, got / total);
  // Even covering a whole text could not lift a unit this little explained to a useful score.
  if (Math.sqrt(explained * Math.min(1, explained / MOSTLY_EXPLAINED)) < USEFUL) return undefined;
  let covered = 0;
  let field = -1;
  for (const f of index.docFields[d] ?? []) {
    const fl = index.fields[f];
    if (!fl) continue;
    let hit = 0;
    let count = 0;
    for (const s of fl.unique) {
      const q = stems.get(s);
      if (q === undefined) continue;
      hit += (idf[s] ?? 0) * q;
      count++;
    }
    if (count < needed || (fl.code && count < fl.unique.length)) continue;
    const c = (hit / Math.max(fieldWeight?.[f] ?? fl.weight, refWeight)) * KIND_WEIGHT[fl.kind];
    if (c > covered) {
      covered = c;
      field = f;
    }
  }
  if (field < 0) return undefined;
  covered = Math.min(1, covered);
  // Both must hold: the unit is mostly about this scenario, and one of its texts is mostly in the unit.
  const score = Math.sqrt(explained * covered) * Math.sqrt(Math.min(1, covered / HALF_COVERED) * Math.min(1, explained / MOSTLY_EXPLAINED));
  return { doc: d, score, explained, covered, field, unit };
}

/**
 * The overlap score of a scenario's winning unit with the weights of a catalog of RARITY_SCALE
 * scenarios (index.fixed); the score itself when the catalog is no bigger.
 */
export function fixedScore(index: MatchIndex, words: readonly QueryWord[], hit: OverlapHit): number {
  if (!index.fixed) return hit.score;
  const bag = bagOf(index.fixed, words, hit.unit);
  if (bag.total <= 0) return hit.score;
  return scoreDoc(index, index.fixed, hit.doc, bag, Math.min(2, bag.contentWords), hit.unit)?.score ?? 0;
}
