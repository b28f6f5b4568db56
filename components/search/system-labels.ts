import type { System } from "@/lib/content";
import type { SystemLabels } from "./types";

export function systemLabels(systems: System[]): SystemLabels {
  return Object.fromEntries(systems.map((s) => [s.id, { shortName: s.shortName, name: s.name, accent: s.accent }]));
}
