import { diagnosePaste, mentionedSystems, type MatchIndex } from "@/lib/match";
import { MAX_INPUT_BYTES } from "@/lib/match/text";
import type { SearchCards, ScenarioCard, SystemCard } from "./cards";
import type { SearchAnswer } from "./answer-shape";

export { isEmptyAnswer, type ResultItem, type SearchAnswer, type TableCause } from "./answer-shape";
import { buildKeywordIndex, isKeywordQuery, keywordSearch, type KeywordIndex, type KeywordResult } from "./keyword";

export interface SearchEngine {
  matchIndex: MatchIndex;
  keyword: KeywordIndex;
  cards: Map<string, ScenarioCard>;
  systems: SystemCard[];
}

export const RESULT_LIMIT = 5;
export const KEYWORD_LIMIT = 12;

export function createEngine(matchIndex: MatchIndex, cards: SearchCards): SearchEngine {
  return { matchIndex, keyword: buildKeywordIndex(cards), cards: new Map(cards.scenarios.map((c) => [c.id, c])), systems: cards.systems };
}

const encoder = new TextEncoder();
/** Cheap first: a string of n code units is at most 3n bytes of UTF-8. */
const tooLong = (text: string) => text.length * 3 > MAX_INPUT_BYTES && encoder.encode(text).length > MAX_INPUT_BYTES;

export function answerQuery(engine: SearchEngine, text: string): SearchAnswer {
  if (!text.trim()) return { matches: [], table: null, keyword: null, truncated: false, named: [] };
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
  const named = matches.length === 0 && !table ? namedSystems(engine, text) : [];
  return { matches, table, keyword, truncated: tooLong(text), named };
}

/** The systems a paste names, in catalog order: the matcher's own reading of names and aliases. */
function namedSystems(engine: SearchEngine, text: string): SystemCard[] {
  const ids = mentionedSystems(engine.matchIndex, text);
  return engine.systems.filter((s) => ids.has(s.id));
}

