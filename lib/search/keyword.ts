import Fuse, { type FuseResultMatch, type IFuseOptions } from "fuse.js";
import type { ScenarioCard, SearchCards, SystemCard } from "./cards";
import { KEYWORD_MAX_CHARS } from "./query-kind";

export { isKeywordQuery } from "./query-kind";

/**
 * Keyword search: short typed queries (`dispatch`, `Karix`, `delivery policy`, `Sent`) over titles,
 * signatures, groups (stages, statuses, symptoms) and the names a system goes by (product, provider
 * and vendor names, the channels it carries). fuse.js is good at this (approximate matching of a few
 * characters against short fields, typo-tolerant, as you type), unlike a pasted log, which the
 * matcher in lib/match reads. Pure: no I/O, no React.
 */
interface ScenarioEntry {
  card: ScenarioCard;
  title: string;
  signatures: string[];
  group: string;
  /** title, signatures and group in lower case, for the exact pass. */
  hay: string[];
}

/** A title or a signature is what a person types; a group label is broader. */
const scenarioKeys: IFuseOptions<ScenarioEntry>["keys"] = [
  { name: "title", weight: 3 },
  { name: "signatures", weight: 2 },
  { name: "group", weight: 1 },
];

const systemKeys: IFuseOptions<SystemCard>["keys"] = [
  { name: "shortName", weight: 3 },
  { name: "name", weight: 3 },
  { name: "aliases", weight: 2 },
  { name: "providers", weight: 2 },
  { name: "vendor", weight: 1 },
  // "email, SMS, webhook and streaming API notifications": the channels a system carries.
  { name: "product", weight: 1 },
];

const fuseOptions = {
  includeScore: true,
  includeMatches: true,
  // A keyword can be anywhere in a title ("Dispatch is paused", "Invalid dispatch id").
  ignoreLocation: true,
  // Long labels must not lose to short ones for the same word.
  ignoreFieldNorm: true,
  // One typo in four or five letters (Karx, dispach), not a different word.
  threshold: 0.3,
  minMatchCharLength: 2,
} as const;

/** fuse.js (slow on thousands of scenarios) runs only when the exact pass found fewer hits than this. */
const FUZZY_BELOW = 3;
/** fuse.js over every field of 1,000 scenarios takes ~100 ms a query: past this size only the vocabulary is fuzzy. */
const FULL_FUZZY_MAX = 400;
/** Scenarios listed because their system was named rank after those whose own words matched. */
const SYSTEM_HIT_SCORE = 0.6;

export interface KeywordIndex {
  scenarios: Fuse<ScenarioEntry>;
  /** Every word of the titles, signatures and groups, once: fuse.js corrects a typo against these. */
  words: Fuse<string>;
  entries: ScenarioEntry[];
  systems: Fuse<SystemCard>;
  bySystem: Map<string, ScenarioCard[]>;
}

export interface KeywordHit {
  card: ScenarioCard;
  /** 0 (perfect) to 1. */
  score: number;
  /** What the query matched, e.g. `title`, `system: Karix`, `message: Not sent`. */
  matched: string;
}

export interface KeywordResult {
  systems: SystemCard[];
  scenarios: KeywordHit[];
  /** How many scenarios matched before the limit. */
  total: number;
}

export function buildKeywordIndex(data: SearchCards): KeywordIndex {
  const entries = data.scenarios.map(
    (card): ScenarioEntry => ({
      card,
      title: card.title,
      signatures: card.signatures,
      group: card.group,
      hay: [card.title, ...card.signatures, card.group].map((s) => s.toLowerCase()),
    }),
  );
  const bySystem = new Map<string, ScenarioCard[]>();
  for (const c of data.scenarios) bySystem.set(c.system, [...(bySystem.get(c.system) ?? []), c]);
  const vocabulary = new Set(entries.flatMap((e) => e.hay.flatMap((h) => h.split(/[^\p{L}\p{N}]+/u))).filter((w) => w.length >= 3));
  return {
    scenarios: new Fuse(entries, { ...fuseOptions, keys: scenarioKeys }),
    words: new Fuse([...vocabulary], { includeScore: true, threshold: 0.3, ignoreLocation: false, distance: 2 }),
    entries,
    systems: new Fuse(data.systems, { ...fuseOptions, keys: systemKeys }),
    bySystem,
  };
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase();
const wordStart = (value: string, at: number) => !isWordChar(value[at - 1]) || (isUpper(value[at]) && !isUpper(value[at - 1]));

/**
 * fuse.js finds approximate substrings anywhere ("ent" of "Management" for `Sent`). A keyword is a
 * word or the start of one, so a hit must cover most of the query from the start of a word (or of
 * a camelCase hump: "dispatch" in dispatchRequest). `strict`, for offering a whole system: all of the
 * query but one letter (Karx for Karix), never a loose likeness.
 */
function startsAWord(matches: readonly FuseResultMatch[] | undefined, queryLength: number, strict = false): boolean {
  const need = Math.max(2, strict ? queryLength - 1 : Math.min(queryLength - 1, Math.ceil(0.6 * queryLength)));
  return (matches ?? []).some(({ value = "", indices }) => indices.some(([s, e]) => e - s + 1 >= need && wordStart(value, s)));
}

const fieldName: Record<string, string> = { title: "title", signatures: "message", group: "group" };
const FIELD_ORDER = ["title", "signatures", "group"];

function describe(matches: readonly FuseResultMatch[] | undefined): string {
  const best = [...(matches ?? [])].sort((a, b) => FIELD_ORDER.indexOf(a.key ?? "") - FIELD_ORDER.indexOf(b.key ?? ""))[0];
  if (!best?.key) return "";
  return best.key === "title" ? "title" : `${fieldName[best.key] ?? best.key}: ${best.value ?? ""}`;
}

/** The query as written, at the start of a word of the title, a signature or the group: no fuzziness needed. */
function exactHits(index: KeywordIndex, q: string): KeywordHit[] {
  const needle = q.toLowerCase();
  const hits: KeywordHit[] = [];
  for (const e of index.entries) {
    const at = e.hay.findIndex((h, i) => {
      const original = i === 0 ? e.title : i <= e.signatures.length ? e.signatures[i - 1]! : e.group;
      for (let k = h.indexOf(needle); k >= 0; k = h.indexOf(needle, k + 1)) if (wordStart(original, k)) return true;
      return false;
    });
    if (at < 0) continue;
    const inSignature = at > 0 && at <= e.signatures.length;
    const field = at === 0 ? "title" : inSignature ? "signatures" : "group";
    const value = at === 0 ? e.title : inSignature ? e.signatures[at - 1]! : e.group;
    hits.push({ card: e.card, score: at === 0 ? 0 : inSignature ? 0.05 : 0.1, matched: field === "title" ? "title" : `${fieldName[field]}: ${value}` });
  }
  return hits.sort((a, b) => a.score - b.score);
}

export function keywordSearch(index: KeywordIndex, query: string, limit = 12): KeywordResult {
  const q = query.trim().replace(/\s+/g, " ").slice(0, KEYWORD_MAX_CHARS);
  if (q.length < 2) return { systems: [], scenarios: [], total: 0 };
  const systemHits = index.systems.search(q).filter((r) => startsAWord(r.matches, q.length, true));

  const found = new Map<string, KeywordHit>();
  for (const h of exactHits(index, q)) found.set(h.card.id, h);
  // A typo: each word corrected to the nearest word the catalog uses (fuse.js over the vocabulary,
  // cheap at any size), then the exact pass again.
  if (found.size < FUZZY_BELOW) {
    const corrected = q
      .toLowerCase()
      .split(" ")
      .map((w) => (w.length < 4 ? w : (index.words.search(w, { limit: 1 })[0]?.item ?? w)))
      .join(" ");
    if (corrected !== q.toLowerCase()) for (const h of exactHits(index, corrected)) if (!found.has(h.card.id)) found.set(h.card.id, { ...h, score: h.score + 0.15 });
  }
  // fuse.js over whole fields for what is left (a word cut short, a phrase across fields), while the
  // catalog is small enough for it to be fast; a larger one is searched on the server anyway.
  if (found.size < FUZZY_BELOW && index.entries.length <= FULL_FUZZY_MAX) {
    for (const r of index.scenarios.search(q)) {
      if (!found.has(r.item.card.id) && startsAWord(r.matches, q.length)) {
        found.set(r.item.card.id, { card: r.item.card, score: Math.max(0.15, r.score ?? 1), matched: describe(r.matches) });
      }
    }
  }
  // A named system (Karix, WXM, dispatchRequest) lists its scenarios after those whose own words
  // matched; a system found by a channel it carries (webhook, SMS) is offered as a link only.
  for (const r of systemHits) {
    const named = r.matches?.find((m) => m.key !== "product" && m.key !== "vendor")?.value;
    if (!named) continue;
    for (const card of index.bySystem.get(r.item.id) ?? []) {
      if (!found.has(card.id)) found.set(card.id, { card, score: SYSTEM_HIT_SCORE + (r.score ?? 0) / 10, matched: `system: ${named}` });
    }
  }
  const all = [...found.values()].sort((a, b) => a.score - b.score);
  return { systems: systemHits.map((r) => r.item), scenarios: all.slice(0, limit), total: all.length };
}
