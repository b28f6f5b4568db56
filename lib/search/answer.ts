import { diagnosePaste, type Match, type MatchIndex } from "@/lib/match";
import { MAX_INPUT_BYTES } from "@/lib/match/text";
import type { ScenarioCard, SearchCards } from "./cards";
import { buildKeywordIndex, isKeywordQuery, keywordSearch, type KeywordIndex, type KeywordResult } from "./keyword";

/**
 * One answer for a query, whoever computes it: the browser (its own matcher), the /search page on
 * the server, or /api/search for a catalog too large to send to the browser. Plain data (JSON-safe).
 */
export interface ResultItem {
  match: Match;
  /** Root cause and first steps; null only if the card payload lacks the scenario. */
  card: ScenarioCard | null;
}

export interface TableCause {
  /** null: the rows that matched no known cause. */
  slug: string | null;
  count: number;
  sample: string;
  title: string | null;
  url: string | null;
}

export interface SearchAnswer {
  matches: ResultItem[];
  /** For a pasted table: how many rows, and the distinct causes with their row counts. */
  table: { rows: number; causes: TableCause[] } | null;
  /** For a short query: scenarios and systems by keyword. */
  keyword: KeywordResult | null;
  /** The paste was longer than the matcher reads (MAX_INPUT_BYTES). */
  truncated: boolean;
}

export interface SearchEngine {
  matchIndex: MatchIndex;
  keyword: KeywordIndex;
  cards: Map<string, ScenarioCard>;
}

export const RESULT_LIMIT = 5;
export const KEYWORD_LIMIT = 12;

export function createEngine(matchIndex: MatchIndex, cards: SearchCards): SearchEngine {
  return { matchIndex, keyword: buildKeywordIndex(cards), cards: new Map(cards.scenarios.map((c) => [c.id, c])) };
}

const encoder = new TextEncoder();
/** Cheap first: a string of n code units is at most 3n bytes of UTF-8. */
const tooLong = (text: string) => text.length * 3 > MAX_INPUT_BYTES && encoder.encode(text).length > MAX_INPUT_BYTES;

export function answerQuery(engine: SearchEngine, text: string): SearchAnswer {
  if (!text.trim()) return { matches: [], table: null, keyword: null, truncated: false };
  const result = diagnosePaste(engine.matchIndex, text, { limit: RESULT_LIMIT });
  const matches = result.matches.map((match) => ({ match, card: engine.cards.get(match.slug) ?? null }));
  const table = result.table
    ? {
        rows: result.table.rows,
        causes: result.table.groups.map((g) => {
          const card = g.slug ? engine.cards.get(g.slug) : undefined;
          return { slug: g.slug, count: g.count, sample: g.sample, title: card?.title ?? null, url: card?.url ?? null };
        }),
      }
    : null;
  const keyword = isKeywordQuery(text) ? keywordSearch(engine.keyword, text, KEYWORD_LIMIT) : null;
  return { matches, table, keyword, truncated: tooLong(text) };
}

/** Nothing at all to show: the "no known root cause" message. */
export function isEmptyAnswer(a: SearchAnswer): boolean {
  return a.matches.length === 0 && !a.table && !a.keyword?.scenarios.length && !a.keyword?.systems.length;
}
