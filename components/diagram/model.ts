import type { Scenario, System } from "@/lib/content";
import type { Diagram } from "@/lib/content/schema";
import type { DiagramLink, LayoutNodeInput } from "./types";
import { countOf } from "@/lib/text/plural";

type DiagramNode = Diagram["nodes"][number];

/**
 * The nodes where a scenario fails: those that name the scenario itself, or else those that carry
 * its group (stage, status or symptom).
 */
export function failingNodeIds(diagram: Diagram, scenario: Pick<Scenario, "slug" | "group">): string[] {
  const named = diagram.nodes.filter((n) => n.scenarios.includes(scenario.slug));
  const chosen = named.length > 0 ? named : diagram.nodes.filter((n) => n.groups.includes(scenario.group));
  return chosen.map((n) => n.id);
}

/** Links from a node to the groups and scenarios that fail there; scenarios missing from this edition are left out. */
export function nodeLinks(node: DiagramNode, system: System, scenarios: Scenario[]): DiagramLink[] {
  const groups = node.groups.flatMap((id) => {
    const group = system.groups.find((g) => g.id === id);
    const count = scenarios.filter((s) => s.group === id).length;
    if (!group) return [];
    const scenarioCount = countOf(count, "scenario");
    // A status node is named like its group: "2 scenarios at FAILED" rather than "FAILED" twice.
    const text = group.label === node.label ? `${scenarioCount} at ${group.label}` : `${group.label} (${scenarioCount})`;
    return [{ text, href: `/systems/${system.id}#${id}` }];
  });
  const named = node.scenarios.flatMap((slug) => {
    const s = scenarios.find((candidate) => candidate.slug === slug);
    return s ? [{ text: s.title, href: s.url }] : [];
  });
  return [...groups, ...named];
}

export interface DiagramInputOptions {
  /** Show each node's detail line (the system page) or only its label (the compact scenario view). */
  details: boolean;
  /** Link each node to its groups and scenarios. */
  links: boolean;
  failing: string[];
}

export function diagramInputs(system: System, diagram: Diagram, scenarios: Scenario[], options: DiagramInputOptions): LayoutNodeInput[] {
  return diagram.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    detail: options.details ? n.detail : undefined,
    links: options.links ? nodeLinks(n, system, scenarios) : [],
    highlight: options.failing.includes(n.id),
  }));
}
