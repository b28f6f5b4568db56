import type { FieldKind, MatchIndex } from "./build";
import { wordWeight, type QueryWord } from "./query";

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

const WHOLE_MAX = 80;
/** Covering less than half of a scenario's best text counts against it. */
const HALF_COVERED = 0.5;
const LINE_MAX = 40;
/** Stems in more documents than this are only checked against candidates, never scanned. */
const MAX_SCAN = 2000;

export const KIND_WEIGHT: Record<FieldKind, number> = {
  signature: 1,
  status: 1,
  title: 1,
  symptom: 0.95,
  summary: 0.85,
};

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
function bagOf(index: MatchIndex, words: readonly QueryWord[], unit: Unit) {
  const stems = new Map<number, number>();
  const unknown = new Set<string>();
  let total = 0;
  for (let i = unit.from; i < unit.to; i++) {
    const w = words[i];
    if (!w || w.stop) continue;
    if (w.stem < 0) {
      if (!unknown.has(w.token.text)) total += wordWeight(index, w);
      unknown.add(w.token.text);
      continue;
    }
    const prev = stems.get(w.stem);
    if (prev === undefined) total += wordWeight(index, w);
    if (prev === undefined || w.quality > prev) stems.set(w.stem, w.quality);
  }
  return { stems, total };
}

/** Share of a stretch of the paste, by weight, that one scenario's words explain. */
export function explainedShare(index: MatchIndex, doc: number, words: readonly QueryWord[], unit: Unit): number {
  const { stems, total } = bagOf(index, words, unit);
  const vocab = index.docStems[doc];
  if (!vocab || total <= 0) return 0;
  let got = 0;
  for (const [s, q] of stems) if (vocab.has(s)) got += (index.idf[s] ?? 0) * q;
  return Math.min(1, got / total);
}

/** Scores every scenario that shares words with each unit; keeps each scenario's best unit. */
export function scoreOverlap(index: MatchIndex, words: readonly QueryWord[], units: readonly Unit[]): Map<number, OverlapHit> {
  const best = new Map<number, OverlapHit>();
  const docAcc = new Float64Array(index.docs.length);
  const fieldAcc = new Float64Array(index.fields.length);
  for (const unit of units) {
    const { stems, total } = bagOf(index, words, unit);
    if (total <= 0) continue;
    const docs: number[] = [];
    const fields: number[] = [];
    const common: Array<[number, number]> = [];
    for (const [s, q] of stems) {
      const gain = (index.idf[s] ?? 0) * q;
      const docList = index.stemDocs[s] ?? [];
      if (docList.length > MAX_SCAN) {
        common.push([s, gain]);
        continue;
      }
      for (const d of docList) {
        if (docAcc[d] === 0) docs.push(d);
        docAcc[d] = (docAcc[d] ?? 0) + gain;
      }
      const postings = index.stemFields[s] ?? [];
      for (let k = 0; k < postings.length; k += 2) {
        const f = postings[k] ?? 0;
        if (k > 0 && postings[k - 2] === f) continue;
        if (fieldAcc[f] === 0) fields.push(f);
        fieldAcc[f] = (fieldAcc[f] ?? 0) + gain;
      }
    }
    // Very common words only add to scenarios and texts that rarer words already found.
    for (const [s, gain] of common) {
      for (const d of docs) if (index.docStems[d]?.has(s)) docAcc[d] = (docAcc[d] ?? 0) + gain;
      for (const f of fields) if (index.fields[f]?.stems.includes(s)) fieldAcc[f] = (fieldAcc[f] ?? 0) + gain;
    }
    const coveredBy = new Map<number, { covered: number; field: number }>();
    for (const f of fields) {
      const field = index.fields[f];
      if (!field) continue;
      const covered = ((fieldAcc[f] ?? 0) / Math.max(field.weight, index.refWeight)) * KIND_WEIGHT[field.kind];
      const current = coveredBy.get(field.doc);
      if (!current || covered > current.covered) coveredBy.set(field.doc, { covered, field: f });
      fieldAcc[f] = 0;
    }
    for (const d of docs) {
      const explained = Math.min(1, (docAcc[d] ?? 0) / total);
      docAcc[d] = 0;
      const c = coveredBy.get(d);
      if (!c) continue;
      const covered = Math.min(1, c.covered);
      // Both must hold: the unit is mostly about this scenario, and one of its texts is mostly in the unit.
      const score = Math.sqrt(explained * covered) * Math.sqrt(Math.min(1, covered / HALF_COVERED));
      const current = best.get(d);
      if (!current || score > current.score) best.set(d, { doc: d, score, explained, covered: c.covered, field: c.field, unit });
    }
  }
  return best;
}
