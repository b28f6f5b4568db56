import type { Catalog } from "@/lib/content";
import { composeReply } from "@/lib/reply";

/** How many remedy steps each API match carries (the rest are on the scenario's page). */
export const API_FIRST_STEPS = 3;

export interface RemedyExtras {
  /** The first remedy steps (in the agent edition, internal ones are marked). */
  steps: Array<{ id: string; text: string; internal: boolean }>;
  /** A reply for the customer: never holds an internal step, in either edition. */
  reply: string;
}

/** Adds each match's first steps and a composed reply, from the (edition-filtered) catalog. */
export function withRemedies<M extends { slug: string }>(matches: M[], catalog: Catalog, origin: string): Array<M & Partial<RemedyExtras>> {
  const byId = new Map(catalog.scenarios.map((s) => [s.id, s]));
  return matches.map((m) => {
    const s = byId.get(m.slug);
    if (!s) return m;
    return {
      ...m,
      steps: s.steps.slice(0, API_FIRST_STEPS).map(({ id, text, internal }) => ({ id, text, internal })),
      reply: composeReply(s, { origin }),
    };
  });
}
