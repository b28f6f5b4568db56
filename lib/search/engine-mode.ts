import { gzipSync } from "node:zlib";
import type { MatchDoc } from "@/lib/match";
import { serializeDocs } from "@/lib/match/serialize";

/**
 * Server side only (node:zlib): whether the browser runs the search itself or asks /api/search.
 * Above BROWSER_INDEX_MAX_GZIP of index and cards (gzip) the browser asks the server, so a catalog of
 * thousands of scenarios never makes a page download megabytes before its first search.
 */
export const BROWSER_INDEX_MAX_GZIP = 150 * 1024;

/**
 * How far (gzip bytes) the cheap estimate must sit from the budget to be trusted. The estimate leaves
 * out only the calibrated threshold (`,"threshold":0.42`, under 40 bytes of JSON); measured, it
 * differs from the exact payload by about 15 bytes (tests/unit/search/engine-mode.test.ts bounds it).
 */
export const MODE_MARGIN_GZIP = 1024;

export type EngineMode = "browser" | "server";

/** Where the search runs for a browser payload of this many gzip bytes. */
export const engineModeFor = (gzipBytes: number, max = BROWSER_INDEX_MAX_GZIP): EngineMode => (gzipBytes <= max ? "browser" : "server");

export const gzipBytes = (text: string): number => gzipSync(text).length;

export function browserPayloadGzipBytes(indexJson: string, cardsJson: string): number {
  return gzipBytes(indexJson) + gzipBytes(cardsJson);
}

export interface ModeDecision {
  mode: EngineMode;
  /** The payload's gzip bytes the decision used: the estimate, or the exact size near the budget. */
  gzipBytes: number;
  /** True when the estimate was too close to call and the full index was built and measured. */
  exact: boolean;
}

export interface ModeInput {
  /** The match docs the index is built from (lib/match toMatchDocs). */
  docs: readonly MatchDoc[];
  /** The gzip bytes of /scenario-cards.json. */
  cardsGzip: number;
  /** The served index (serializeIndex of the calibrated index): called only near the budget. */
  exactIndexJson: () => string;
  max?: number;
}

/**
 * The mode without calibrating the matcher (0.5–1 s at 1,000 scenarios, on every `next dev` edit):
 * the served index is the serialized docs plus the calibrated threshold, so the docs alone give its
 * size to within a few bytes. Only a payload within MODE_MARGIN_GZIP of the budget builds the index
 * and decides on the exact size, so the answer is always the exact rule's.
 */
export function decideEngineMode({ docs, cardsGzip, exactIndexJson, max = BROWSER_INDEX_MAX_GZIP }: ModeInput): ModeDecision {
  const estimate = gzipBytes(JSON.stringify(serializeDocs(docs))) + cardsGzip;
  if (Math.abs(estimate - max) > MODE_MARGIN_GZIP) return { mode: engineModeFor(estimate, max), gzipBytes: estimate, exact: false };
  const exact = gzipBytes(exactIndexJson()) + cardsGzip;
  return { mode: engineModeFor(exact, max), gzipBytes: exact, exact: true };
}
