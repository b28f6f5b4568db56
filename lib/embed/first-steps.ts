import type { Scenario } from "@/lib/content";

/** Each scenario's first remedy step a customer may read (internal steps never), by scenario id. */
export function firstSteps(scenarios: Scenario[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of scenarios) {
    const step = s.steps.find((st) => !st.internal && st.text.trim());
    if (step) out[s.id] = step.text;
  }
  return out;
}
