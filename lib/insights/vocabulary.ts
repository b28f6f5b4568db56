/**
 * The words events are made of, without zod: the browser's emitters import these, and zod stays
 * out of every page's first load (schema.ts builds the validators from the same lists).
 */
export const channels = ["home", "search", "palette", "wizard", "api", "embed", "scenario"] as const;
export type Channel = (typeof channels)[number];

export const notSolvedReasons = ["wrong-cause", "step-failed", "unclear", "step-missing", "other"] as const;
export type NotSolvedReason = (typeof notSolvedReasons)[number];
export const reasonLabels: Record<NotSolvedReason, string> = {
  "wrong-cause": "It was not the cause",
  "step-failed": "A step did not work",
  unclear: "The steps were unclear",
  "step-missing": "A step is missing",
  other: "Something else",
};

/** Pastes longer than this are cut before masking: the docs team needs the gist, not the whole log. */
export const MAX_EVENT_TEXT = 2000;
export const MAX_COMMENT = 1000;
