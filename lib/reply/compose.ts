import type { StepKind } from "@/lib/content/schema";

/** What a reply needs of a scenario: the catalog's Scenario and the wizard's FlowScenario both fit. */
export interface ReplyScenario {
  title: string;
  summary: string;
  url: string;
  steps: ReadonlyArray<{ id: string; text: string; kind?: StepKind; internal?: boolean; customerText?: string }>;
  /** A reply the docs team wrote in content (a <Reply> block); replaces the composed middle. */
  reply?: string;
}

export interface ReplyOptions {
  /** The site's origin, e.g. https://fixpath.example.com, so that the link works outside the site. */
  origin: string;
  /** Defaults to "Hello,". */
  greeting?: string;
  /** Defaults to a line offering more help. */
  closing?: string;
}

/** The steps a customer can act on: actions and checks, never an internal step, never an explanation. */
export function customerSteps(scenario: ReplyScenario): Array<{ id: string; text: string }> {
  return scenario.steps
    .filter((s) => !s.internal && (s.kind ?? "action") !== "info")
    .map(({ id, text, customerText }) => ({ id, text: customerText ?? text }));
}

export function absoluteUrl(path: string, origin: string): string {
  try {
    return new URL(path, origin).href;
  } catch {
    return path;
  }
}

/**
 * A reply for the customer, ready to paste into a ticket: the cause in one sentence, what to do as
 * numbered steps, and the link to the scenario's checklist. Pure, so the scenario page, the wizard,
 * search results and a help-desk app all copy the same text.
 */
export function composeReply(scenario: ReplyScenario, options: ReplyOptions): string {
  const link = absoluteUrl(scenario.url, options.origin);
  const middle: string[] = [];
  if (scenario.reply?.trim()) {
    middle.push(scenario.reply.trim());
  } else {
    middle.push(scenario.summary.trim());
    const steps = customerSteps(scenario);
    if (steps.length > 0) middle.push(["To fix it:", ...steps.map((s, i) => `${i + 1}. ${s.text}`)].join("\n"));
  }
  return [
    options.greeting ?? "Hello,",
    ...middle,
    `The full explanation, with these steps as a checklist you can tick off: ${link}`,
    options.closing ?? "If this does not solve it, reply to this message and we will look into it further.",
  ].join("\n\n");
}
