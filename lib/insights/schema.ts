import { z } from "zod";
import { channels, MAX_COMMENT, MAX_EVENT_TEXT, notSolvedReasons } from "./vocabulary";

/**
 * What the pages, the API and integrations may send to be recorded, as zod schemas (the one place
 * these shapes are written; the client hook and the routes infer their types from them).
 */
export { channels, MAX_COMMENT, MAX_EVENT_TEXT, notSolvedReasons, reasonLabels, type Channel, type NotSolvedReason } from "./vocabulary";
export const channel = z.enum(channels);
export const notSolvedReason = z.enum(notSolvedReasons);

/** A body larger than this is refused unread (sendBeacon sends small JSON bodies). */
export const MAX_EVENT_BODY_BYTES = 16 * 1024;

const scenarioId = z.string().min(1).max(200);
const systemId = z.string().min(1).max(60);
const matchList = z.array(z.object({ id: scenarioId, score: z.number().finite() })).max(20);

export const feedbackBody = z.strictObject({
  scenario: scenarioId,
  solved: z.boolean({ error: "solved must be true or false" }),
  reason: notSolvedReason.optional(),
  comment: z.string().max(MAX_COMMENT, `comment is longer than ${MAX_COMMENT} characters`).optional(),
  channel: channel.optional(),
});
export type FeedbackBody = z.infer<typeof feedbackBody>;

/** Events that pages send to POST /api/events (one at a time, sendBeacon-friendly). */
export const pageEvent = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("search"), channel, text: z.string().max(MAX_EVENT_TEXT * 4), matches: matchList, system: systemId.optional() }),
  z.strictObject({ type: z.literal("open"), channel, scenario: scenarioId, rank: z.number().int().min(1).max(100) }),
  z.strictObject({ type: z.literal("wizard-step"), step: z.string().min(1).max(100), path: z.string().max(300), system: systemId.optional() }),
  z.strictObject({
    type: z.literal("wizard-end"),
    outcome: z.enum(["solved", "escalated", "left"]),
    step: z.string().min(1).max(100),
    path: z.string().max(300),
    system: systemId.optional(),
    scenario: scenarioId.optional(),
  }),
  z.strictObject({ type: z.literal("escalation"), action: z.enum(["shown", "copied"]), channel, scenario: scenarioId.optional(), system: systemId.optional() }),
]);
export type PageEvent = z.infer<typeof pageEvent>;

/** The first problem with a zod result, as one sentence for a 400 answer. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid request";
  if (issue.code === "unrecognized_keys") return `unknown field ${issue.keys.join(", ")}`;
  const path = issue.path.join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}
