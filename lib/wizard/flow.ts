import type { Catalog, Scenario, System } from "@/lib/content/types";
import type { Accent, Escalation, GroupBy } from "@/lib/content/schema";
import type { StepKind } from "@/lib/content/schema";
import { resolveEscalation } from "@/lib/reply/escalation";

/** How many other causes the wizard offers after "No, still not working" before it escalates. */
export const MAX_ALTERNATIVES = 1;

export interface FlowStep {
  id: string;
  text: string;
  kind: StepKind;
  was: string[];
  /** Agent edition only: an internal step, never copied into a customer's reply. */
  internal: boolean;
  /** The text without its <Internal> parts, when it has any (agent edition). */
  customerText?: string;
}

export interface FlowScenario {
  id: string;
  system: string;
  group: string;
  title: string;
  /** One line that helps recognise the scenario: its first signature unless that only repeats the title, else its summary. */
  hint: string;
  summary: string;
  url: string;
  steps: FlowStep[];
  /** A reply written in content (<Reply>), for "Copy reply". */
  reply?: string;
  related: string[];
  escalation?: Escalation;
}

export interface FlowGroup {
  id: string;
  label: string;
  hint: string;
  unknownAdvice?: string;
  scenarios: FlowScenario[];
}

export interface FlowSystem {
  id: string;
  name: string;
  shortName: string;
  accent: Accent;
  vendor: string;
  product: string;
  question: string;
  groupBy: GroupBy;
  groups: FlowGroup[];
  escalation?: Escalation;
}

/** The guided flow as data: every question, hint and choice comes from the catalog. */
export interface Flow {
  systems: FlowSystem[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function scenarioHint(s: Scenario): string {
  const signature = s.signatures.find((sig) => !same(sig, s.title));
  return signature ?? s.summary;
}

function toFlowScenario(s: Scenario, system: System): FlowScenario {
  return {
    id: s.id,
    system: s.system,
    group: s.group,
    title: s.title,
    hint: scenarioHint(s),
    summary: s.summary,
    url: s.url,
    steps: s.steps.map(({ id, text, kind, was, internal, customerText }) => ({ id, text, kind, was, internal, ...(customerText ? { customerText } : {}) })),
    ...(s.reply ? { reply: s.reply } : {}),
    related: s.related,
    escalation: resolveEscalation(s.escalation, system.escalation),
  };
}

/** Derives the flow from the catalog; a scenario whose group its system does not declare is left out (see reachability). */
export function buildFlow(catalog: Catalog): Flow {
  const systems = catalog.systems.map((system): FlowSystem => {
    const own = catalog.scenarios.filter((s) => s.system === system.id);
    const groups = system.groups.map((g) => ({
      id: g.id,
      label: g.label,
      hint: g.hint,
      unknownAdvice: g.unknownAdvice,
      scenarios: own
        .filter((s) => s.group === g.id)
        .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
        .map((s) => toFlowScenario(s, system)),
    }));
    return {
      id: system.id,
      name: system.name,
      shortName: system.shortName,
      accent: system.accent,
      vendor: system.vendor,
      product: system.product,
      question: system.question,
      groupBy: system.groupBy,
      groups: groups.filter((g) => g.scenarios.length > 0),
      escalation: system.escalation,
    };
  });
  return { systems: systems.filter((s) => s.groups.length > 0) };
}

export function findSystem(flow: Flow, id: string | undefined): FlowSystem | undefined {
  return id === undefined ? undefined : flow.systems.find((s) => s.id === id);
}

export function findGroup(system: FlowSystem | undefined, id: string | undefined): FlowGroup | undefined {
  return id === undefined ? undefined : system?.groups.find((g) => g.id === id);
}

export function findScenario(flow: Flow, id: string | undefined): FlowScenario | undefined {
  if (id === undefined) return undefined;
  for (const system of flow.systems) {
    for (const group of system.groups) {
      const hit = group.scenarios.find((s) => s.id === id);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * The chosen scenario first, then the most likely others: the rest of its group in order, then its
 * related scenarios, then the group's earlier scenarios. Capped at MAX_ALTERNATIVES others.
 */
export function candidates(flow: Flow, scenarioId: string): FlowScenario[] {
  const chosen = findScenario(flow, scenarioId);
  if (!chosen) return [];
  const group = findGroup(findSystem(flow, chosen.system), chosen.group)?.scenarios ?? [chosen];
  const at = group.findIndex((s) => s.id === chosen.id);
  const ordered = [
    ...group.slice(at + 1),
    ...chosen.related.map((id) => findScenario(flow, id)).filter((s) => s !== undefined),
    ...group.slice(0, at),
  ];
  const out = [chosen];
  for (const s of ordered) {
    if (out.length > MAX_ALTERNATIVES) break;
    if (!out.some((o) => o.id === s.id)) out.push(s);
  }
  return out;
}
