import type { Match } from "@/lib/match";
import type { ScenarioCard, SystemCard } from "./cards";
import type { KeywordResult } from "./keyword";

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
  /**
   * When nothing matched: the systems the paste names ("Webex", "Karix"), so that a description the
   * matcher cannot place still leads to that system's scenarios and its guided diagnosis.
   */
  named: SystemCard[];
}

/** Nothing at all to show: the "no known root cause" message. */
export function isEmptyAnswer(a: SearchAnswer): boolean {
  return a.matches.length === 0 && !a.table && !a.keyword?.scenarios.length && !a.keyword?.systems.length;
}
