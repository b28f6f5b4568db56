import "server-only";
import { getScenario } from "@/lib/content";
import { readCapped } from "@/lib/http/read-capped.mjs";
import { feedbackRow, pageRow, searchRow } from "./rows";
import { feedbackBody, firstIssue, MAX_EVENT_BODY_BYTES, pageEvent } from "./schema";
import { getInsights } from "./server";

/** Server-only: what the routes call. Each answer is a status and a JSON body. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** What /api/diagnose answered goes to the queue (channel api); never awaited, never throws. */
export function recordApiAnswer(request: Request, answer: { status: number; body: unknown }, text: () => string | undefined): void {
  if (answer.status !== 200) return;
  try {
    const q = text();
    const matches = (answer.body as { matches?: Array<{ slug: string; score: number }> }).matches;
    if (typeof q === "string" && matches) recordApiSearch(request, q, matches);
  } catch {
    // Recording must never fail an answer.
  }
}

/** The text of a POST /api/diagnose body that answerPost already accepted. */
export const postedText = (body: string) => () => (JSON.parse(body) as { text?: string }).text;

/** Why an event is dropped when the database gives no context in time: said in the one log line. */
const NO_ANSWER = "the database did not answer in time: starting, busy or unreachable";

function recordApiSearch(request: Request, text: string, matches: Array<{ slug: string; score: number }>): void {
  const insights = getInsights();
  insights
    .context(request)
    .then((ctx) => ctx && insights.recorder.record(searchRow(text, matches.map((m) => ({ id: m.slug, score: m.score })), "api", ctx)))
    .catch(() => insights.recorder.countDropped(NO_ANSWER));
}

const tooLarge: Answer = { status: 413, body: { error: `request body is larger than ${MAX_EVENT_BODY_BYTES} bytes` } };
const notJson: Answer = { status: 400, body: { error: "request body is not valid JSON" } };

/**
 * POST /api/feedback. 201 only once the answer is committed to the database (it survives kill -9);
 * 503 when it could not be stored, so the client knows to try again. Under Do Not Track or GPC the
 * answer is stored without a visitor hash; with recording off it is not stored (202, stored: false).
 */
export async function acceptFeedback(request: Request): Promise<Answer> {
  return acceptFeedbackBody(await readCapped(request, MAX_EVENT_BODY_BYTES), request.headers);
}

/**
 * The same, from a body already read (undefined: over MAX_EVENT_BODY_BYTES) and the request's
 * headers: the route above and server.mjs's direct path (lib/insights/fast-path.ts) both answer here.
 */
export async function acceptFeedbackBody(raw: string | undefined, headers: Headers): Promise<Answer> {
  if (raw === undefined) return tooLarge;
  const json = parseJson(raw);
  if (!json.ok) return { status: 400, body: { error: 'request body is not valid JSON; send {"scenario": "<system>/<slug>", "solved": true}' } };
  const parsed = feedbackBody.safeParse(json.value);
  if (!parsed.success) return { status: 400, body: { error: firstIssue(parsed.error) } };
  if (!getScenario(parsed.data.scenario)) {
    return { status: 400, body: { error: `unknown scenario "${parsed.data.scenario.slice(0, 100)}": use an id from /catalog.json, such as the "id" of a scenario there` } };
  }
  const insights = getInsights();
  let ctx;
  try {
    ctx = await insights.context({ headers }, { evenIfOptedOut: true });
  } catch {
    return { status: 503, body: { error: "feedback cannot be stored right now; please try again later" } };
  }
  if (!ctx) return { status: 202, body: { stored: false, note: "recording is turned off on this server" } };
  try {
    await insights.recorder.recordDurably(feedbackRow(parsed.data, ctx));
  } catch {
    return { status: 503, body: { error: "feedback cannot be stored right now; please try again later" } };
  }
  return { status: 201, body: { stored: true } };
}

/** POST /api/events: validated, then queued (202: accepted, written within moments, dropped if the database is down). */
export async function acceptPageEvent(request: Request): Promise<Answer> {
  const raw = await readCapped(request, MAX_EVENT_BODY_BYTES);
  if (raw === undefined) return tooLarge;
  const json = parseJson(raw);
  if (!json.ok) return notJson;
  const parsed = pageEvent.safeParse(json.value);
  if (!parsed.success) return { status: 400, body: { error: firstIssue(parsed.error) } };
  const insights = getInsights();
  let ctx;
  try {
    ctx = await insights.context(request);
  } catch {
    // The database did not answer in time (starting, busy or unreachable): the event is dropped and counted like any other.
    insights.recorder.countDropped(NO_ANSWER);
    return { status: 202, body: { queued: false } };
  }
  if (!ctx) return { status: 202, body: { queued: false, note: "not recorded (Do Not Track, Global Privacy Control, or recording off)" } };
  insights.recorder.record(pageRow(parsed.data, ctx));
  return { status: 202, body: { queued: true } };
}
