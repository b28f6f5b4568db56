import type { FlowScenario, FlowSystem } from "./flow";

/** Whom to contact and what to send, with the scenarios it applies to. */
export interface EscalationItem {
  contact: string;
  via?: string;
  include: string[];
  /** Titles of the scenarios this contact is named for (shown when contacts differ). */
  scenarios: string[];
}

const key = (s: string) => s.trim().toLowerCase();

/**
 * The contacts the content names for these scenarios, one entry per contact. On the "I don't know"
 * path the system's own escalation comes first, since no single scenario applies.
 */
export function escalationsFor(system: FlowSystem, scenarios: readonly FlowScenario[], preferSystem: boolean): EscalationItem[] {
  if (preferSystem && system.escalation) {
    const { contact, via, include } = system.escalation;
    return [{ contact, via, include: [...include], scenarios: [] }];
  }
  const out: EscalationItem[] = [];
  for (const s of scenarios) {
    if (!s.escalation) continue;
    const hit = out.find((e) => key(e.contact) === key(s.escalation?.contact ?? ""));
    if (!hit) {
      out.push({ contact: s.escalation.contact, via: s.escalation.via, include: [...s.escalation.include], scenarios: [s.title] });
      continue;
    }
    hit.scenarios.push(s.title);
    for (const item of s.escalation.include) if (!hit.include.some((i) => key(i) === key(item))) hit.include.push(item);
  }
  return out;
}
