import { z } from "zod";
import { MAX_INPUT_BYTES } from "@/lib/match/text";
import { answerQuery, type SearchAnswer, type SearchEngine } from "./answer";

/**
 * POST /api/search {"text": "..."}: the browser's search when the catalog is too large to send it
 * (lib/search/catalog-engine). The same answerQuery as in the browser and on the /search page.
 */
export type SearchApiAnswer = { status: 200; body: SearchAnswer } | { status: 400 | 413; body: { error: string } };

const body = z.strictObject({ text: z.string({ error: "text must be a string" }) }, { error: 'expected a JSON object like {"text": "..."}' });

/** JSON escaping can make a body several times longer than its text. */
export const MAX_SEARCH_BODY_BYTES = 6 * MAX_INPUT_BYTES;

export function answerSearchPost(engine: SearchEngine, raw: string): SearchApiAnswer {
  if (new TextEncoder().encode(raw).length > MAX_SEARCH_BODY_BYTES) {
    return { status: 413, body: { error: `request body is larger than ${MAX_SEARCH_BODY_BYTES} bytes` } };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 400, body: { error: 'request body is not valid JSON; send {"text": "..."}' } };
  }
  const parsed = body.safeParse(value);
  if (!parsed.success) return { status: 400, body: { error: parsed.error.issues[0]?.message ?? "invalid request" } };
  // Longer pastes are cut to MAX_INPUT_BYTES by the matcher, and the answer says so (truncated).
  return { status: 200, body: answerQuery(engine, parsed.data.text) };
}
