/**
 * Interim reply composer for /api/diagnose, with lib/reply's composeReply signature, until that
 * module is merged (then this file goes and the route imports composeReply from "@/lib/reply").
 * Never includes an internal step.
 */
export interface ReplyScenario {
  title: string;
  summary: string;
  url: string;
  steps: ReadonlyArray<{ id: string; text: string; internal?: boolean }>;
}

export function composeReply(scenario: ReplyScenario, options: { origin: string }): string {
  const link = new URL(scenario.url, options.origin).href;
  const steps = scenario.steps.filter((s) => !s.internal);
  return [
    "Hello,",
    scenario.summary.trim(),
    ...(steps.length ? [["To fix it:", ...steps.map((s, i) => `${i + 1}. ${s.text}`)].join("\n")] : []),
    `The full explanation, with these steps as a checklist you can tick off: ${link}`,
    "If this does not solve it, reply to this message and we will look into it further.",
  ].join("\n\n");
}
