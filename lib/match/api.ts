import { z } from "zod";
import type { MatchIndex } from "./index-types";
import { toJsonMatch } from "./json-match";
import { diagnosePaste } from "./paste";
import type { TableTriage } from "./types";
import { MAX_INPUT_BYTES } from "./text";

/** JSON escaping can make a body several times longer than its text; anything beyond this is refused unread. */
export const MAX_BODY_BYTES = 6 * MAX_INPUT_BYTES;

export type ApiAnswer =
  | { status: 200; body: { matches: Array<ReturnType<typeof toJsonMatch>>; table?: TableTriage } }
  | { status: 400 | 413; body: { error: string } };

const limit = z.coerce
  .number({ error: "limit must be a whole number from 1 to 50" })
  .int("limit must be a whole number from 1 to 50")
  .min(1, "limit must be a whole number from 1 to 50")
  .max(50, "limit must be a whole number from 1 to 50");

const postBody = z.strictObject(
  {
    text: z.string({ error: "text must be a string" }),
    limit: limit.optional(),
  },
  { error: 'expected a JSON object like {"text": "..."}' },
);

const bytes = (s: string) => new TextEncoder().encode(s).length;
const tooLarge = (): ApiAnswer => ({
  status: 413,
  body: { error: `text is larger than ${MAX_INPUT_BYTES} bytes; paste the relevant part of the log` },
});
const bad = (error: string): ApiAnswer => ({ status: 400, body: { error } });

function answer(index: MatchIndex, text: string, max?: number): ApiAnswer {
  if (bytes(text) > MAX_INPUT_BYTES) return tooLarge();
  const result = diagnosePaste(index, text, { limit: max });
  return { status: 200, body: { matches: result.matches.map(toJsonMatch), ...(result.table ? { table: result.table } : {}) } };
}

function firstIssue(error: z.ZodError, value?: unknown): string {
  const issue = error.issues[0];
  if (!issue) return "invalid request";
  const path = issue.path.join(".");
  if (issue.code === "unrecognized_keys") return `unknown field ${issue.keys.join(", ")}; send {"text": "..."}`;
  const missing = typeof value === "object" && value !== null && !(issue.path[0] !== undefined && issue.path[0] in value);
  if (path === "text" && missing) return 'missing field text; send {"text": "..."}';
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** POST /api/diagnose with {"text": "...", "limit"?: N}. `body` is the raw request body. */
export function answerPost(index: MatchIndex, body: string): ApiAnswer {
  if (bytes(body) > MAX_BODY_BYTES) return tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return bad('request body is not valid JSON; send {"text": "..."} with Content-Type: application/json');
  }
  const parsed = postBody.safeParse(value);
  if (!parsed.success) return bad(firstIssue(parsed.error, value));
  return answer(index, parsed.data.text, parsed.data.limit);
}

/** GET /api/diagnose?q=...&limit=N */
export function answerGet(index: MatchIndex, params: URLSearchParams): ApiAnswer {
  const q = params.get("q");
  if (q === null) return bad("missing query parameter q, e.g. /api/diagnose?q=Dispatch%20is%20paused");
  const rawLimit = params.get("limit");
  const parsedLimit = rawLimit === null ? undefined : limit.safeParse(rawLimit);
  if (parsedLimit && !parsedLimit.success) return bad(firstIssue(parsedLimit.error));
  return answer(index, q, parsedLimit?.data);
}
