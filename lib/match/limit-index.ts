// A scenario's declared limits as the index keeps them, and how a reason names one.

/** What a number counts: things, a duration (in seconds) or a percentage. */
export type Unit = "count" | "time" | "%";

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
    // Folded as the tokenizer folds a paste (Datensätze → datensatze).
    words: l.words.map((w) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)).filter((seq) => seq.length > 0),
  };
}

/**
 * A limit's words and the words its system's glossary gives for them ("records": rows, registros,
 * Datensätze): a number is read against the limit whichever of them the paste writes.
 */
export function withGlossary(words: readonly string[], glossary: ReadonlyArray<{ term: string; also: readonly string[] }>): string[] {
  const fold = (w: string) => w.trim().toLowerCase();
  const own = new Set(words.map(fold));
  const out = [...words];
  for (const entry of glossary) {
    if (!own.has(fold(entry.term))) continue;
    for (const also of entry.also) if (!out.some((w) => fold(w) === fold(also))) out.push(also);
  }
  return out;
}

/** The singular a paste may write for a declared plural: "a 23,500-row file" (rows), "16 dispatch ids" (dispatches). */
export function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) out.push(word.slice(0, -1));
  if (word.length > 4 && /(?:ch|sh|x|ss)es$/.test(word)) out.push(word.slice(0, -2));
  return out;
}

/**
 * A compound limit word the content declares ("bearer token", "error rate") may be written by its
 * first word alone ("the bearer is refreshed every 24 hours"), the usual ellipsis of a known compound.
 * Only spaced compounds the content wrote (not "auto-resume", not a glossary's phrases).
 */
export function withEllipsis(words: readonly string[]): string[] {
  const out = [...words];
  for (const w of words) {
    const first = w.trim().split(/\s+/);
    if (first.length > 1 && (first[0]?.length ?? 0) > 3 && !out.includes(first[0] ?? "")) out.push(first[0] ?? "");
  }
  return out;
}

/** Where a pasted word may start one of a limit's words: limit k, its word sequence seq. */
export interface LimitWordStart {
  limit: number;
  seq: string[];
}

/**
 * The forms a paste may write a limit word's first word in (as declared, or its plural), so that a
 * number's neighbours are looked up, not compared with every limit: the cost stays flat as limits grow.
 */
export function limitWordIndex(limits: readonly IndexedLimit[], stem?: (word: string) => string): Map<string, LimitWordStart[]> {
  const out = new Map<string, LimitWordStart[]>();
  limits.forEach((l, k) => {
    for (const seq of l.words) {
      const first = seq[0];
      if (!first) continue;
      // A duration's or a rate's word by its stem too (see eventForm): keyed "stem:" apart from words.
      const stemmed = stem && l.unit !== "count" ? [`stem:${stem(first)}`] : [];
      for (const form of new Set([first, `${first}s`, `${first}es`, ...singulars(first), ...stemmed])) out.set(form, [...(out.get(form) ?? []), { limit: k, seq }]);
    }
  });
  return out;
}

/** A limit as a reason shows it, in the unit the content wrote ("retry delay: at most 6 hours"). */
export function describeLimit(limit: IndexedLimit): string {
  const unit = limit.unitLabel === "%" ? "%" : limit.unitLabel ? ` ${limit.unitLabel}` : "";
  const factor = limit.unitLabel ? (UNIT_SECONDS[limit.unitLabel] ?? 1) : 1;
  const n = (v: number) => `${v / factor}${unit}`;
  if (limit.max !== undefined) return `${limit.quantity}: at most ${n(limit.max)}`;
  if (limit.min !== undefined) return `${limit.quantity}: ${n(limit.min)}`;
  if (limit.from !== undefined) return `${limit.quantity}: from ${n(limit.from)}`;
  return `${limit.quantity}: ${limit.values.map(n).join(", ")}`;
}
