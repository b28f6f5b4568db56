import type { FieldKind } from "./index-types";

/** "limit": a number in the paste beyond (or equal to) a number the scenario declares. */
export type WhyKind = FieldKind | "words" | "fuzzy" | "limit";
// "fuzzy" is no longer produced (fuse.js left the paste path); kept so that renderers keyed on it still compile.

export interface Why {
  kind: WhyKind;
  /** The signature, status, symptom or words that matched. */
  text: string;
  /** [start, end) in the original pasted text, for highlighting. */
  span?: [number, number];
}

export interface Match {
  slug: string;
  id: string;
  url: string;
  title: string;
  system: string;
  systemName: string;
  /**
   * 0 to 1, higher is better: the word matcher's score, or, when the learned model read the paste
   * (blend.ts), LEARNED_SHARE of its probability plus the rest of the word matcher's score. A best
   * match under the no-match threshold is shown only as "possible" (a system named, recall, the model).
   */
  score: number;
  /**
   * How sure the match is, in words the UI can show: "exact" when a signature or status was found
   * verbatim or nearly so, "likely" for a strong match on the scenario's own words, "possible" else.
   */
  confidence: Confidence;
  why: Why;
}

export type Confidence = "exact" | "likely" | "possible";

/** One distinct cause among the rows of a pasted table; slug null groups the rows that matched nothing. */
export interface TableGroup {
  slug: string | null;
  count: number;
  /** The first row of the group, as pasted (trimmed), for the UI to show. */
  sample: string;
}

/** A pasted table (CSV, TSV, pipe table, rows copied from a web page) diagnosed row by row. */
export interface TableTriage {
  rows: number;
  groups: TableGroup[];
}

export type PasteShape = "text" | "json" | "log" | "table" | "ticket";

/** What diagnosePaste answers: the ranked matches, and for a table paste the causes per row. */
export interface DiagnoseResult {
  matches: Match[];
  shape: PasteShape;
  table?: TableTriage;
}

export interface DiagnoseOptions {
  limit?: number;
  /** Overrides the index's calibrated no-match threshold. */
  threshold?: number;
}

