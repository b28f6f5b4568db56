import type { MatchIndex } from "./build";
import type { Token } from "./text";
import * as tunables from "./tunables";
import type { Why } from "./types";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { LIMIT_EXCEEDED, LIMIT_QUOTED, LIMIT_WINDOW } = tunables;

type Unit = "count" | "time" | "%";

/** A scenario's declared number, as the index keeps it: durations in seconds, words as word forms. */
export interface IndexedLimit {
  doc: number;
  quantity: string;
  unit: Unit;
  /** What the content wrote, for the reason shown ("hours", "%"). */
  unitLabel?: string;
  max?: number;
  min?: number;
  from?: number;
  values: number[];
  /** Each of the quantity's words as a sequence of lower-case forms to find ("bearer token"). */
  words: string[][];
}

/** A number written in the paste: 25000, 25,000, 3,89,500, 25k, 1.2 million, 14 hours, 13h, 30%. */
export interface NumberMention {
  /** Durations in seconds. */
  value: number;
  unit: Unit;
  /** Tokens [first, last] of the number and its multiplier or unit. */
  first: number;
  last: number;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, l: 1e5, lakh: 1e5, lakhs: 1e5, lac: 1e5, million: 1e6, mn: 1e6 };
const SECONDS: Record<string, number> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
};
const UNIT_SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** The limit's numbers in the paste's terms: durations in seconds. */
export function indexLimit(
  doc: number,
  l: { quantity: string; max?: number; min?: number; from?: number; value?: number | number[]; unit?: string; words: string[] },
): IndexedLimit {
  const factor = l.unit ? (UNIT_SECONDS[l.unit] ?? 1) : 1;
  const scale = (v: number | undefined) => (v === undefined ? undefined : v * factor);
  return {
    doc,
    quantity: l.quantity,
    unit: l.unit === "%" ? "%" : l.unit ? "time" : "count",
    unitLabel: l.unit,
    max: scale(l.max),
    min: scale(l.min),
    from: scale(l.from),
    values: l.value === undefined ? [] : [l.value].flat().map((v) => v * factor),
    words: l.words.map((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)).filter((seq) => seq.length > 0),
  };
}

const adjacent = (text: string, a: Token | undefined, b: Token | undefined, gap: RegExp) => !!a && !!b && gap.test(text.slice(a.end, b.start));

/** Durations written in words: "once a day", "an hour", "every two hours". */
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, twenty: 20 };

/** The numbers of a paste, read from its tokens (a long number is a masked token, its digits in raw). */
export function findNumbers(tokens: readonly Token[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const worded = t && !t.mask ? NUMBER_WORDS[t.text] : undefined;
    const unitWord = tokens[i + 1]?.text ?? "";
    if (worded !== undefined && SECONDS[unitWord] && unitWord.length > 1) {
      out.push({ value: worded * (SECONDS[unitWord] ?? 1), unit: "time", first: i, last: i + 1 });
      i++;
      continue;
    }
    if (!t || (t.mask && t.mask !== "num")) continue;
    const m = /^(\d+)([a-z]*)$/.exec(t.mask ? t.raw : t.text);
    if (!m) continue;
    // An identifier (#48213, id 42), a version (v2) or a time of day is not a quantity.
    if (text[t.start - 1] === "#" || /[\p{L}]/u.test(text[t.start - 1] ?? "")) continue;
    let digits = m[1] ?? "";
    let suffix = m[2] ?? "";
    let last = i;
    // Thousands separators: 25,000 / 25.000 / 25 000, and the Indian 3,89,500.
    while (!suffix) {
      const next = tokens[last + 1];
      const indian = /^\d{2}$/.test(next?.text ?? "") && /^\d{3}/.test(tokens[last + 2]?.text ?? "") && adjacent(text, next, tokens[last + 2], /^,$/);
      if (!next || !adjacent(text, tokens[last], next, /^[,. ]$/) || !(/^\d{3}$/.test(next.text) || (indian && adjacent(text, tokens[last], next, /^,$/)))) break;
      digits += next.text;
      last++;
    }
    let value = Number(digits);
    // A decimal before a multiplier: 1.2 million, 7.5 lakh.
    const frac = tokens[last + 1];
    if (!suffix && frac && /^\d{1,2}$/.test(frac.text) && adjacent(text, tokens[last], frac, /^\.$/) && MULTIPLIERS[tokens[last + 2]?.text ?? ""]) {
      value += Number(`0.${frac.text}`);
      last++;
    }
    const after = tokens[last + 1];
    if (!suffix && after && !after.mask && adjacent(text, tokens[last], after, /^\s?$/) && (MULTIPLIERS[after.text] || SECONDS[after.text])) {
      suffix = after.text;
      last++;
    }
    let unit: Unit = "count";
    if (suffix && MULTIPLIERS[suffix]) value *= MULTIPLIERS[suffix] ?? 1;
    else if (suffix && SECONDS[suffix]) {
      value *= SECONDS[suffix] ?? 1;
      unit = "time";
    } else if (suffix) continue;
    if (unit === "count" && text.slice(tokens[last]?.end ?? 0).trimStart().startsWith("%")) unit = "%";
    out.push({ value, unit, first: i, last });
    i = last;
  }
  return out;
}

/** A piece of a camelCase word (the dispatch of dispatchRequest) is not a word of its own. */
const glued = (tokens: readonly Token[], p: number) =>
  tokens[p - 1]?.end === tokens[p]?.start || tokens[p + 1]?.start === tokens[p]?.end;

/** Where a pasted word may start one of a limit's words: limit k, its word sequence seq. */
export interface LimitWordStart {
  limit: number;
  seq: string[];
}

/**
 * The forms a paste may write a limit word's first word in (as declared, or its plural), so that a
 * number's neighbours are looked up, not compared with every limit: the cost stays flat as limits grow.
 */
export function limitWordIndex(limits: readonly IndexedLimit[]): Map<string, LimitWordStart[]> {
  const out = new Map<string, LimitWordStart[]>();
  limits.forEach((l, k) => {
    for (const seq of l.words) {
      const first = seq[0];
      if (!first) continue;
      for (const form of new Set([first, `${first}s`, `${first}es`])) out.set(form, [...(out.get(form) ?? []), { limit: k, seq }]);
    }
  });
  return out;
}

const sameWord = (written: string, word: string) => written === word || written === `${word}s` || written === `${word}es`;

/**
 * For each limit with one of its words within LIMIT_WINDOW words of the number, how far the nearest
 * stands. A word after the number ("25000 records") is a little nearer than one before it ("with
 * records 25000") at the same distance; a key bound to its value ("dispatches=24") is nearest of all.
 */
function distances(index: MatchIndex, tokens: readonly Token[], n: NumberMention, text: string): Map<number, number> {
  const found = new Map<number, number>();
  const from = Math.max(0, n.first - LIMIT_WINDOW);
  const to = Math.min(tokens.length - 1, n.last + LIMIT_WINDOW);
  for (let p = from; p <= to; p++) {
    if (p >= n.first && p <= n.last) continue;
    const t = tokens[p];
    if (!t || t.mask) continue;
    for (const { limit, seq } of index.limitWords.get(t.text) ?? []) {
      const end = p + seq.length - 1;
      if (end > to || (end >= n.first && p <= n.last)) continue;
      if (!seq.every((w, j) => sameWord(tokens[p + j]?.text ?? "", w) && !glued(tokens, p + j))) continue;
      const bound = end === n.first - 1 && adjacent(text, tokens[end], tokens[n.first], /^\s*[=:]\s*$/);
      const d = p > n.last ? p - n.last : bound ? 0.25 : n.first - end + 0.5;
      found.set(limit, Math.min(d, found.get(limit) ?? Infinity));
    }
  }
  return found;
}

export interface LimitEvidence {
  doc: number;
  score: number;
  why: Why;
}

function verdict(limit: IndexedLimit, value: number): "beyond" | "quoted" | undefined {
  if ((limit.max !== undefined && value > limit.max) || (limit.min !== undefined && value < limit.min) || (limit.from !== undefined && value >= limit.from)) {
    return "beyond";
  }
  return limit.values.includes(value) ? "quoted" : undefined;
}

function describe(limit: IndexedLimit): string {
  const unit = limit.unitLabel === "%" ? "%" : limit.unitLabel ? ` ${limit.unitLabel}` : "";
  const factor = limit.unitLabel ? (UNIT_SECONDS[limit.unitLabel] ?? 1) : 1;
  const n = (v: number) => `${v / factor}${unit}`;
  if (limit.max !== undefined) return `${limit.quantity}: at most ${n(limit.max)}`;
  if (limit.min !== undefined) return `${limit.quantity}: ${n(limit.min)}`;
  if (limit.from !== undefined) return `${limit.quantity}: from ${n(limit.from)}`;
  return `${limit.quantity}: ${limit.values.map(n).join(", ")}`;
}

/**
 * Numbers that mean something: a number beyond a scenario's declared limit, next to its quantity's
 * word, points to that scenario ("we sent 25000 records"); a number it states supports it.
 */
export function limitEvidence(index: MatchIndex, tokens: readonly Token[], text: string): LimitEvidence[] {
  if (index.limits.length === 0) return [];
  const out: LimitEvidence[] = [];
  // Distinct stated values quoted per limit: all of "2, 6, 18 and 54 seconds" is as telling as a limit passed.
  const quoted = new Map<IndexedLimit, Set<number>>();
  for (const n of findNumbers(tokens, text)) {
    // A number counts one quantity: the one whose word stands nearest ("25000 records in one
    // dispatchRequest" is about records, not dispatches).
    const near = distances(index, tokens, n, text);
    let nearest = Infinity;
    for (const [k, d] of near) if (index.limits[k]?.unit === n.unit && d < nearest) nearest = d;
    if (nearest === Infinity) continue;
    for (const [k, d] of near) {
      const limit = index.limits[k];
      if (!limit || limit.unit !== n.unit || d !== nearest) continue;
      const said = verdict(limit, n.value);
      if (!said) continue;
      const span: [number, number] = [tokens[n.first]?.start ?? 0, tokens[n.last]?.end ?? 0];
      let score = LIMIT_EXCEEDED;
      if (said === "quoted") {
        const seen = quoted.get(limit) ?? new Set<number>();
        quoted.set(limit, seen.add(n.value));
        score = LIMIT_QUOTED + ((LIMIT_EXCEEDED - LIMIT_QUOTED) * (seen.size - 1)) / Math.max(1, limit.values.length - 1);
      }
      out.push({ doc: limit.doc, score, why: { kind: "limit", text: describe(limit), span } });
    }
  }
  return out;
}

/** Seconds since midnight of a pasted time of day ("2026-11-27 09:00:02.011", "19:04:11"). */
function clockSeconds(raw: string): number | undefined {
  const m = /(?:^|[^\d])(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,6}))?/.exec(raw);
  if (!m) return undefined;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + (m[4] ? Number(`0.${m[4]}`) : 0);
}

/**
 * Durations read from a log's timestamps: the gaps between successive lines' times. When two or more
 * different gaps are durations a scenario states (retries after 2, 6, 18 and 54 seconds), the log
 * shows that behaviour, though no line says so.
 */
export function intervalEvidence(index: MatchIndex, tokens: readonly Token[]): LimitEvidence[] {
  const times: Array<{ at: number; token: Token }> = [];
  for (const t of tokens) {
    if (t.mask !== "time") continue;
    const at = clockSeconds(t.raw);
    if (at !== undefined && t.line !== times[times.length - 1]?.token.line) times.push({ at, token: t });
  }
  if (times.length < 3) return [];
  const gaps = new Set<number>();
  for (let i = 1; i < times.length; i++) {
    const gap = Math.round((times[i]?.at ?? 0) - (times[i - 1]?.at ?? 0));
    if (gap > 0) gaps.add(gap);
  }
  const out: LimitEvidence[] = [];
  for (const limit of index.limits) {
    if (limit.unit !== "time" || limit.values.length < 2) continue;
    const seen = limit.values.filter((v) => gaps.has(v)).length;
    if (seen < 2) continue;
    const span: [number, number] = [times[0]?.token.start ?? 0, times[times.length - 1]?.token.end ?? 0];
    const score = LIMIT_QUOTED + ((LIMIT_EXCEEDED - LIMIT_QUOTED) * (seen - 1)) / Math.max(1, limit.values.length - 1);
    out.push({ doc: limit.doc, score, why: { kind: "limit", text: describe(limit), span } });
  }
  return out;
}
