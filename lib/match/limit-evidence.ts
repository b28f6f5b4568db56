import type { MatchIndex } from "./index-types";
import { describeLimit, type IndexedLimit, singulars } from "./limit-index";
import { adjacent, findNumbers, type NumberMention } from "./paste-numbers";
import type { Token } from "./text";
import * as tunables from "./tunables";
import type { Why } from "./types";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { LIMIT_CLAUSE_WINDOW, LIMIT_EXCEEDED, LIMIT_QUOTED, LIMIT_WINDOW, RESTATED_RATIO } = tunables;

/** A piece of a camelCase word (the dispatch of dispatchRequest) is not a word of its own. */
const glued = (tokens: readonly Token[], p: number) =>
  tokens[p - 1]?.end === tokens[p]?.start || tokens[p + 1]?.start === tokens[p]?.end;

const sameWord = (written: string, word: string) => written === word || written === `${word}s` || written === `${word}es`;
/**
 * A declared plural written in the singular counts only right after the number, as its compound's
 * modifier ("a 23,500-row CSV", "16 dispatch ids"); elsewhere it is a label ("dispatch API 401").
 */
const singularAfter = (written: string, word: string, p: number, n: NumberMention) => p === n.last + 1 && singulars(word).includes(written);

/**
 * A duration's or a rate's word in another form of the same event ("erroring", "refreshed" for
 * "errored", "refresh"): the unit already says what is measured. Not a count's word: "we
 * dispatched 20 surveys" counts surveys, and a singular noun stays a label (singularAfter).
 */
const eventForm = (index: MatchIndex, written: string, word: string) =>
  !singulars(word).includes(written) && index.analyzer.stem(written) === index.analyzer.stem(word);

/** Whether no sentence or clause ends between tokens a < b ("...for months; today's file of 18,250"). */
const EVENT_FORM_BEHIND = 1000;
const sameClause = (text: string, tokens: readonly Token[], a: number, b: number) =>
  !/[;!?\n]|\.(?:\s|$)/.test(text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0));

/**
 * For each limit with one of its words within LIMIT_WINDOW words of the number, how far the nearest
 * stands. A word after the number ("25000 records") is a little nearer than one before it ("with
 * records 25000") at the same distance; a key bound to its value ("dispatches=24") is nearest of all.
 */
function distances(index: MatchIndex, tokens: readonly Token[], n: NumberMention, text: string, stems: string[]): Map<number, number> {
  const found = new Map<number, number>();
  // LIMIT_WINDOW words either side, and up to LIMIT_CLAUSE_WINDOW within the number's own clause
  // ("error rate on the policy hit 22%"): the band is widened only while no clause ends.
  let from = Math.max(0, n.first - LIMIT_WINDOW);
  let to = Math.min(tokens.length - 1, n.last + LIMIT_WINDOW);
  if (sameClause(text, tokens, from, n.first)) while (from > Math.max(0, n.first - LIMIT_CLAUSE_WINDOW) && sameClause(text, tokens, from - 1, from)) from--;
  if (sameClause(text, tokens, n.last, to)) while (to < Math.min(tokens.length - 1, n.last + LIMIT_CLAUSE_WINDOW) && sameClause(text, tokens, to, to + 1)) to++;
  for (let p = from; p <= to; p++) {
    if (p >= n.first && p <= n.last) continue;
    const t = tokens[p];
    if (!t || t.mask) continue;
    // A token's stem is worked out once per paste (windows overlap), and only when it starts as a limit's stem does.
    const stemmed = index.limitStems.has(t.text.slice(0, 3)) ? index.limitWords.get(`stem:${(stems[p] ??= index.analyzer.stem(t.text))}`) : undefined;
    const starts = stemmed ? [...(index.limitWords.get(t.text) ?? []), ...stemmed] : (index.limitWords.get(t.text) ?? []);
    for (const { limit, seq } of starts) {
      const end = p + seq.length - 1;
      if (end > to || (end >= n.first && p <= n.last)) continue;
      const loose = index.limits[limit]?.unit !== "count";
      const strict = (written: string, w: string, at: number) => sameWord(written, w) || singularAfter(written, w, at, n);
      const exact = seq.every((w, j) => strict(tokens[p + j]?.text ?? "", w, p + j) && !glued(tokens, p + j));
      if (!exact && !(loose && seq.every((w, j) => (strict(tokens[p + j]?.text ?? "", w, p + j) || eventForm(index, tokens[p + j]?.text ?? "", w)) && !glued(tokens, p + j)))) continue;
      const bound = end === n.first - 1 && adjacent(text, tokens[end], tokens[n.first], /^\s*[=:]\s*$/);
      // A word in another form stands behind every word as declared ("the bearer is refreshed every
      // 24 hours": bearer, not the cache's refresh): EVENT_FORM_BEHIND words further.
      const d = (p > n.last ? p - n.last : bound ? 0.25 : n.first - end + 0.5) + (exact ? 0 : EVENT_FORM_BEHIND);
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

function verdict(limit: IndexedLimit, value: number, above = false): "beyond" | "quoted" | undefined {
  // "More than 18.000 records" passes a limit of 18000.
  if (above && limit.max !== undefined && value >= limit.max) return "beyond";
  if ((limit.max !== undefined && value > limit.max) || (limit.min !== undefined && value < limit.min) || (limit.from !== undefined && value >= limit.from)) {
    return "beyond";
  }
  return limit.values.includes(value) ? "quoted" : undefined;
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
  // The last number read with a quantity: a later number of its order, with no word of its own, restates it.
  const stems: string[] = [];
  let said: { value: number; unit: string; near: Map<number, number>; nearest: number } | undefined;
  for (const n of findNumbers(tokens, text)) {
    // A number counts one quantity: the one whose word stands nearest ("25000 records in one
    // dispatchRequest" is about records, not dispatches).
    let near = distances(index, tokens, n, text, stems);
    let nearest = Infinity;
    for (const [k, d] of near) if (index.limits[k]?.unit === n.unit && d < nearest) nearest = d;
    // "18000 rows per request has been fine; today's file of 18,250 was refused": the same quantity again.
    if (nearest === Infinity && said && said.unit === n.unit && n.value > 0 && Math.max(n.value, said.value) / Math.min(n.value, said.value) <= RESTATED_RATIO) {
      ({ near, nearest } = said);
    }
    if (nearest === Infinity) continue;
    said = { value: n.value, unit: n.unit, near, nearest };
    for (const [k, d] of near) {
      const limit = index.limits[k];
      if (!limit || limit.unit !== n.unit || d !== nearest) continue;
      const read = verdict(limit, n.value, n.above);
      if (!read) continue;
      const span: [number, number] = [tokens[n.first]?.start ?? 0, tokens[n.last]?.end ?? 0];
      let score = LIMIT_EXCEEDED;
      if (read === "quoted") {
        const seen = quoted.get(limit) ?? new Set<number>();
        quoted.set(limit, seen.add(n.value));
        score = LIMIT_QUOTED + ((LIMIT_EXCEEDED - LIMIT_QUOTED) * (seen.size - 1)) / Math.max(1, limit.values.length - 1);
      }
      out.push({ doc: limit.doc, score, why: { kind: "limit", text: describeLimit(limit), span } });
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
    out.push({ doc: limit.doc, score, why: { kind: "limit", text: describeLimit(limit), span } });
  }
  return out;
}
