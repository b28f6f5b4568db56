import type { Escalation } from "@/lib/content/schema";
import type { FlowScenario, FlowSystem } from "./flow";

/** Whom to contact, how and what to send, with the scenarios it applies to. */
export type EscalationItem = Escalation & {
  /** Titles of the scenarios this contact is named for (shown when contacts differ). */
  scenarios: string[];
};

const key = (s: string) => s.trim().toLowerCase();

/**
 * The contacts the content names for these scenarios (each already resolved against its system by
 * lib/reply's resolveEscalation), one entry per contact. On the "I don't know" path the system's own
 * escalation comes first, since no single scenario applies.
 */
export function escalationsFor(system: FlowSystem, scenarios: readonly FlowScenario[], preferSystem: boolean): EscalationItem[] {
  if (preferSystem && system.escalation) return [{ ...system.escalation, include: [...system.escalation.include], scenarios: [] }];
  const out: EscalationItem[] = [];
  for (const s of scenarios) {
    if (!s.escalation) continue;
    const hit = out.find((e) => key(e.contact) === key(s.escalation?.contact ?? ""));
    if (!hit) {
      out.push({ ...s.escalation, include: [...s.escalation.include], scenarios: [s.title] });
      continue;
    }
    hit.scenarios.push(s.title);
    for (const item of s.escalation.include) if (!hit.include.some((i) => key(i) === key(item))) hit.include.push(item);
  }
  if (out.length === 0 && system.escalation) return [{ ...system.escalation, include: [...system.escalation.include], scenarios: [] }];
  return out;
}
