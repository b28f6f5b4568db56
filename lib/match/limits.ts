import type { MatchIndex } from "./build";
import type { Token } from "./text";
import { LIMIT_EXCEEDED, LIMIT_QUOTED, LIMIT_WINDOW } from "./tunables";
import type { Why } from "./types";

/** A scenario's declared number, as the index keeps it: its quantity's words as stem sequences. */
export interface IndexedLimit {
  doc: number;
  quantity: string;
  max?: number;
  values: number[];
  unit?: string;
  words: string[][];
}

/** A number written in the paste: 25000, 25,000, 25k, 4 lakh, 30%; tokens [first, last]. */
export interface NumberMention {
  value: number;
  first: number;
  last: number;
  percent: boolean;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, l: 1e5, lakh: 1e5, lakhs: 1e5, lac: 1e5, m: 1e6, million: 1e6 };

/** The numbers of a paste, from its tokens (a long number is a masked token, its digits in raw). */
export function findNumbers(tokens: readonly Token[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (t.mask && t.mask !== "num")) continue;
    const m = /^(\d+)([a-z]*)$/.exec(t.mask ? t.raw : t.text);
    if (!m) continue;
    let digits = m[1] ?? "";
    let suffix = m[2] ?? "";
    let last = i;
    // Thousands separators: 25,000 / 25.000 / 25 000 read as one number.
    while (!suffix) {
      const next = tokens[last + 1];
      const gap = next ? text.slice(tokens[last]?.end ?? 0, next.start) : "";
      if (!next || !/^[,. ]$/.test(gap) || !/^\d{3}$/.test(next.text)) break;
      digits += next.text;
      last++;
    }
    const after = tokens[last + 1];
    if (!suffix && after && !after.mask && MULTIPLIERS[after.text] && after.start - (tokens[last]?.end ?? 0) <= 1) {
      suffix = after.text;
      last++;
    }
    if (suffix && MULTIPLIERS[suffix] === undefined) continue;
    const value = Number(digits) * (suffix ? (MULTIPLIERS[suffix] ?? 1) : 1);
    const percent = text.slice(tokens[last]?.end ?? 0).trimStart().startsWith("%");
    out.push({ value, first: i, last, percent });
    i = last;
  }
  return out;
}

/**
 * How far the nearest of the quantity's words stands from the number, within LIMIT_WINDOW words
 * (Infinity when none does). A word after the number ("25000 records") is a little nearer than one
 * before it ("records: 25000") at the same distance.
 */
function distance(tokens: readonly Token[], n: NumberMention, stems: readonly string[], words: readonly string[][]): number {
  const from = Math.max(0, n.first - LIMIT_WINDOW);
  const to = Math.min(tokens.length - 1, n.last + LIMIT_WINDOW);
  let best = Infinity;
  for (const seq of words) {
    for (let p = from; p + seq.length - 1 <= to; p++) {
      const end = p + seq.length - 1;
      if (end >= n.first && p <= n.last) continue;
      if (!seq.every((s, j) => stems[p + j] === s)) continue;
      best = Math.min(best, p > n.last ? p - n.last : n.first - end + 0.5);
    }
  }
  return best;
}

export interface LimitEvidence {
  doc: number;
  score: number;
  why: Why;
}

/**
 * Numbers that mean something: a number above a scenario's declared max next to its quantity's word
 * ("we sent 25000 records") points to that scenario; a number it states ("after 4 hours") supports it.
 */
export function limitEvidence(index: MatchIndex, tokens: readonly Token[], text: string): LimitEvidence[] {
  if (index.limits.length === 0) return [];
  const numbers = findNumbers(tokens, text);
  if (numbers.length === 0) return [];
  const stems = tokens.map((t) => (t.mask ? "" : index.analyzer.stem(t.text)));
  const out: LimitEvidence[] = [];
  for (const n of numbers) {
    // A number counts one quantity: the one whose word stands nearest ("25000 records in one
    // dispatchRequest" is about records, not dispatches).
    const near = index.limits.map((limit) => (limit.unit === "%" && !n.percent ? Infinity : distance(tokens, n, stems, limit.words)));
    const nearest = Math.min(...near);
    if (nearest === Infinity) continue;
    index.limits.forEach((limit, k) => {
      if (near[k] !== nearest) return;
      const exceeded = limit.max !== undefined && n.value > limit.max;
      const quoted = limit.values.includes(n.value);
      if (!exceeded && !quoted) return;
      const span: [number, number] = [tokens[n.first]?.start ?? 0, tokens[n.last]?.end ?? 0];
      const said = exceeded ? `${limit.quantity}: at most ${limit.max}` : `${limit.quantity}: ${limit.values.join(", ")}${limit.unit ? ` ${limit.unit}` : ""}`;
      out.push({ doc: limit.doc, score: exceeded ? LIMIT_EXCEEDED : LIMIT_QUOTED, why: { kind: "limit", text: said, span } });
    });
  }
  return out;
}
