// When an incident shows: pure and dependency-free, so the browser can decide by its own clock
// without loading the content parser (components/incidents).
import type { Incident } from "./incidents";

/** Active at `now`: start ≤ now < end (no end: until it is given one). */
export function isActive(incident: Pick<Incident, "start" | "end">, now: number): boolean {
  return Date.parse(incident.start) <= now && (incident.end === null || now < Date.parse(incident.end));
}

/** Could still be active at or after `now`; an incident that has ended can never show again. */
export function notEnded(incident: Pick<Incident, "end">, now: number): boolean {
  return incident.end === null || now < Date.parse(incident.end);
}

/** The incidents that concern a scenario (named, or its system named). */
export function incidentsFor(incidents: Incident[], scenario: { id: string; system: string }): Incident[] {
  return incidents.filter((i) => i.scenarios.includes(scenario.id) || i.systems.includes(scenario.system));
}
