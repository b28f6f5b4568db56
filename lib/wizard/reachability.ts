import type { Catalog } from "@/lib/content/types";
import { problem, type Problem } from "@/lib/content/problem";
import { buildFlow, type Flow } from "./flow";
import { buildScreen, type Screen } from "./screen";
import { START, type WizardState } from "./state";
import { decodeState, encodeState } from "./url";

/** The links a screen offers forward (Back and Start excluded). */
export function forwardLinks(screen: Screen): string[] {
  const v = screen.view;
  switch (v.kind) {
    case "system":
    case "unsure":
      return v.choices.map((c) => c.href);
    case "group":
      return [...v.choices.map((c) => c.href), v.unsure.href];
    case "scenario":
      return [...v.choices.map((c) => c.href), v.unknown.href];
    case "result":
      return [v.yesHref, v.noHref, v.escalateHref];
    case "checklist":
      return [v.yesHref, v.noHref];
    case "solved":
    case "escalation":
      return [];
  }
}

export interface Walk {
  /** Every screen reachable from the start by following forward links, keyed by its query string. */
  screens: Map<string, Screen>;
  /** For each screen, the keys of the screens its forward links open. */
  edges: Map<string, string[]>;
}

/** Follows every forward link from the start, decoding each href as the page would. */
export function walkFlow(flow: Flow): Walk {
  const screens = new Map<string, Screen>();
  const edges = new Map<string, string[]>();
  const queue: WizardState[] = [START];
  while (queue.length > 0) {
    const state = queue.shift();
    if (!state) break;
    const key = encodeState(state);
    if (screens.has(key)) continue;
    const screen = buildScreen(flow, { state, notices: [] });
    screens.set(key, screen);
    const next = forwardLinks(screen).map((href) => decodeState(flow, new URLSearchParams(href.split("?")[1] ?? "")).state);
    edges.set(key, next.map(encodeState));
    queue.push(...next);
  }
  return { screens, edges };
}

/** Scenarios the wizard can never show as a root cause: content:check reports each as a problem. */
export function unreachableScenarios(catalog: Catalog): Problem[] {
  const flow = buildFlow(catalog);
  const shown = new Set<string>();
  for (const screen of walkFlow(flow).screens.values()) {
    if (screen.view.kind === "result") shown.add(screen.view.scenario.id);
  }
  return catalog.scenarios
    .filter((s) => !shown.has(s.id))
    .map((s) => {
      const system = catalog.systems.find((sys) => sys.id === s.system);
      if (!system) return problem(s.file, "system", `the wizard cannot reach this scenario: there is no system "${s.system}"`);
      const field = system.groupBy;
      const declared = system.groups.some((g) => g.id === s.group);
      const named = s.group ? `no ${field} "${s.group}"` : `no ${field} for it`;
      const why = declared
        ? `the wizard cannot reach this scenario under ${field} "${s.group}"`
        : `the wizard cannot reach this scenario: ${system.shortName} declares ${named} (expected one of ${system.groups.map((g) => g.id).join(", ")})`;
      return problem(s.file, field, why);
    });
}
