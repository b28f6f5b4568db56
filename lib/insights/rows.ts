import { randomUUID } from "node:crypto";
import type { EventRow } from "./db/tables";
import { maskText, textHash } from "./privacy";
import type { Channel, FeedbackBody, PageEvent } from "./schema";

/** Turns validated input into the row that is stored: masked text, the hour, never a raw paste. */
export interface RowContext {
  edition: string;
  visitor: string | null;
  now: number;
  /** A scenario id's system, from the catalog. */
  systemOf: (scenario: string) => string | undefined;
}

const HOUR = 3_600_000;
export const hourOf = (now: number) => new Date(Math.floor(now / HOUR) * HOUR);

function base(type: string, channel: Channel, ctx: RowContext): EventRow {
  return { id: randomUUID(), hour: hourOf(ctx.now), type, channel, edition: ctx.edition, visitor: ctx.visitor };
}

export function searchRow(text: string, matches: Array<{ id: string; score: number }>, channel: Channel, ctx: RowContext, system?: string): EventRow {
  const masked = maskText(text);
  const top = matches[0];
  return {
    ...base("search", channel, ctx),
    system: system ?? (top ? ctx.systemOf(top.id) : undefined) ?? null,
    textMasked: masked,
    textHash: textHash(masked),
    matches: matches.map((m) => ({ id: m.id, score: Math.round(m.score * 1000) / 1000 })),
    topScore: top ? top.score : null,
  };
}

export function feedbackRow(body: FeedbackBody, ctx: RowContext): EventRow {
  return {
    ...base("feedback", body.channel ?? "scenario", ctx),
    scenario: body.scenario,
    system: ctx.systemOf(body.scenario) ?? null,
    solved: body.solved,
    reason: body.solved ? null : (body.reason ?? "other"),
    comment: body.comment?.trim() ? maskText(body.comment) : null,
  };
}

export function pageRow(event: PageEvent, ctx: RowContext): EventRow {
  switch (event.type) {
    case "search":
      return searchRow(event.text, event.matches, event.channel, ctx, event.system);
    case "open":
      return { ...base("open", event.channel, ctx), scenario: event.scenario, rank: event.rank, system: ctx.systemOf(event.scenario) ?? null };
    case "wizard-step":
      return { ...base("wizard-step", "wizard", ctx), step: event.step, path: event.path, system: event.system ?? null };
    case "wizard-end":
      return {
        ...base("wizard-end", "wizard", ctx),
        step: event.step,
        path: event.path,
        outcome: event.outcome,
        system: event.system ?? (event.scenario ? ctx.systemOf(event.scenario) : undefined) ?? null,
        scenario: event.scenario ?? null,
      };
    case "escalation":
      return {
        ...base("escalation", event.channel, ctx),
        action: event.action,
        scenario: event.scenario ?? null,
        system: event.system ?? (event.scenario ? ctx.systemOf(event.scenario) : undefined) ?? null,
      };
  }
}
