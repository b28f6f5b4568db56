import Fuse, { type FuseResultMatch, type IFuseOptions } from "fuse.js";
import type { ScenarioCard, SearchCards, SystemCard } from "./cards";

/**
 * Keyword search: short typed queries (`dispatch`, `Karix`, `delivery policy`, `Sent`) over titles,
 * statuses and groups, signatures and the names a system goes by. This is fuse.js's strength
 * (approximate matching of a few characters against short fields, as you type), unlike a pasted log,
 * which the matcher in lib/match reads. Pure: no I/O, no React.
 */
interface ScenarioEntry {
  card: ScenarioCard;
  title: string;
  signatures: string[];
  group: string;
  /** The system's short name, name, vendor and aliases (product and provider names). */
  names: string[];
  rootCause: string;
}

/** Why each field weighs what it does: a title or a signature is what a person types; a sentence of root cause is context. */
const scenarioKeys: IFuseOptions<ScenarioEntry>["keys"] = [
  { name: "title", weight: 3 },
  { name: "signatures", weight: 2 },
  { name: "group", weight: 2 },
  { name: "names", weight: 1.5 },
  { name: "rootCause", weight: 0.5 },
];

const systemKeys: IFuseOptions<SystemCard>["keys"] = [
  { name: "shortName", weight: 3 },
  { name: "name", weight: 3 },
  { name: "aliases", weight: 2 },
  { name: "vendor", weight: 1 },
  // "email, SMS, webhook and streaming API notifications": the channels a system carries.
  { name: "product", weight: 1 },
];

const common = {
  includeScore: true,
  includeMatches: true,
  // A keyword can be anywhere in a title ("Dispatch is paused", "Invalid dispatch id").
  ignoreLocation: true,
  // One typo in five letters (Karx, dispach), not a different word.
  threshold: 0.3,
  minMatchCharLength: 2,
  ignoreFieldNorm: true,
} as const;

/** Past this many characters (or three lines) a query is a paste for the matcher, not keywords. */
export const KEYWORD_MAX_CHARS = 60;
export const KEYWORD_MAX_WORDS = 6;

export interface KeywordIndex {
  scenarios: Fuse<ScenarioEntry>;
  systems: Fuse<SystemCard>;
  systemsById: Map<string, SystemCard>;
}

export interface KeywordHit {
  card: ScenarioCard;
  /** 0 (perfect) to 1, fuse.js's score. */
  score: number;
  /** What the query matched, e.g. `title`, `system: Karix`, `status: Not sent`. */
  matched: string;
}

export interface KeywordResult {
  systems: SystemCard[];
  scenarios: KeywordHit[];
  /** How many scenarios matched before the limit. */
  total: number;
}

export function buildKeywordIndex(data: SearchCards): KeywordIndex {
  const systemsById = new Map(data.systems.map((s) => [s.id, s]));
  const entries = data.scenarios.map((card): ScenarioEntry => {
    const sys = systemsById.get(card.system);
    const names = sys ? [...new Set([sys.shortName, sys.name, sys.vendor, ...sys.aliases])] : [card.system];
    return { card, title: card.title, signatures: card.signatures, group: card.group, names, rootCause: card.rootCause };
  });
  return {
    scenarios: new Fuse(entries, { ...common, keys: scenarioKeys }),
    systems: new Fuse(data.systems, { ...common, keys: systemKeys }),
    systemsById,
  };
}

/** A short, single-line query: keywords. Anything longer is a paste. */
export function isKeywordQuery(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > KEYWORD_MAX_CHARS || t.includes("\n")) return false;
  return t.split(/\s+/).length <= KEYWORD_MAX_WORDS;
}

const label: Record<string, string> = { title: "title", signatures: "message", group: "group", names: "system", rootCause: "root cause" };

function describe(matches: readonly FuseResultMatch[] | undefined): string {
  // The best field first, in the order of the weights above.
  const order = ["title", "signatures", "group", "names", "rootCause"];
  const best = [...(matches ?? [])].sort((a, b) => order.indexOf(a.key ?? "") - order.indexOf(b.key ?? ""))[0];
  if (!best?.key) return "";
  const name = label[best.key] ?? best.key;
  return best.key === "title" ? name : `${name}: ${best.value ?? ""}`;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase();

/**
 * fuse.js finds approximate substrings anywhere ("ent" of "Management" for `Sent`). A keyword is a
 * word or the start of one, so a hit must cover most of the query from the start of a word (or of
 * a camelCase hump: "dispatch" in dispatchRequest).
 */
function startsAWord(matches: readonly FuseResultMatch[] | undefined, queryLength: number): boolean {
  const need = Math.max(2, Math.min(queryLength - 1, Math.ceil(0.6 * queryLength)));
  return (matches ?? []).some(({ value = "", indices }) =>
    indices.some(([s, e]) => e - s + 1 >= need && (!isWordChar(value[s - 1]) || (isUpper(value[s]) && !isUpper(value[s - 1])))),
  );
}

/** A system is offered as a whole for a near-exact name, alias or product word, not a loose likeness. */
const SYSTEM_MAX_SCORE = 0.55;

export function keywordSearch(index: KeywordIndex, query: string, limit = 12): KeywordResult {
  const q = query.trim().replace(/\s+/g, " ").slice(0, KEYWORD_MAX_CHARS);
  if (q.length < 2) return { systems: [], scenarios: [], total: 0 };
  const systems = index.systems.search(q).filter((r) => (r.score ?? 1) <= SYSTEM_MAX_SCORE && startsAWord(r.matches, q.length)).map((r) => r.item);
  const found = index.scenarios.search(q).filter((r) => startsAWord(r.matches, q.length));
  const scenarios = found.slice(0, limit).map((r) => ({ card: r.item.card, score: r.score ?? 1, matched: describe(r.matches) }));
  return { systems, scenarios, total: found.length };
}
