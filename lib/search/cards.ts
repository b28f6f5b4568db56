import type { Catalog } from "@/lib/content/types";

/**
 * What a result card shows beyond the matcher's answer: the root-cause sentence and the first remedy
 * step, and what keyword search browses. Built from the edition-filtered catalog, and from customer
 * steps only (a step marked internal never reaches a card), so it is safe to serve to the browser.
 */
export interface ScenarioCard {
  id: string;
  url: string;
  title: string;
  system: string;
  /** The scenario's one-sentence root cause (its summary). */
  rootCause: string;
  /** The first remedy step(s), as plain text. */
  firstSteps: string[];
  /** How many remedy steps the scenario has in all. */
  stepCount: number;
  /** The label of its stage, status or symptom group. */
  group: string;
  signatures: string[];
}

export interface SystemCard {
  id: string;
  url: string;
  name: string;
  shortName: string;
  vendor: string;
  product: string;
  /** Product and provider names that point to this system (Karix, dispatchRequest...). */
  aliases: string[];
  /** Third-party products its content names (message providers, chat tools). */
  providers: string[];
  scenarioCount: number;
}

/** The light payload served as /scenario-cards.json, separate from the matcher's index. */
export interface SearchCards {
  systems: SystemCard[];
  scenarios: ScenarioCard[];
  /** Ids of the problems the empty palette offers first. */
  common: string[];
}

/** A card shows this many steps; the rest are counted ("and 3 more steps"). */
export const FIRST_STEPS = 1;
/** The empty palette offers this many common problems. */
export const COMMON_COUNT = 5;

/**
 * The most common problems, as far as content can tell without traffic data: the scenarios other
 * scenarios send readers to most (their `related` lists), then the catalog's own order.
 */
export function commonProblems(catalog: Catalog, count = COMMON_COUNT): string[] {
  const inbound = new Map<string, number>();
  for (const s of catalog.scenarios) for (const r of s.related) inbound.set(r, (inbound.get(r) ?? 0) + 1);
  return catalog.scenarios
    .map((s, at) => ({ id: s.id, n: inbound.get(s.id) ?? 0, at }))
    .sort((a, b) => b.n - a.n || a.at - b.at)
    .slice(0, count)
    .map((s) => s.id);
}

export function toSearchCards(catalog: Catalog): SearchCards {
  const systems = new Map(catalog.systems.map((s) => [s.id, s]));
  const scenarios = catalog.scenarios.map((s): ScenarioCard => {
    const steps = s.steps.filter((step) => !step.internal);
    return {
      id: s.id,
      url: s.url,
      title: s.title,
      system: s.system,
      rootCause: s.summary,
      firstSteps: steps.slice(0, FIRST_STEPS).map((step) => step.text),
      stepCount: steps.length,
      group: systems.get(s.system)?.groups.find((g) => g.id === s.group)?.label ?? s.group,
      signatures: s.signatures,
    };
  });
  return {
    systems: catalog.systems.map((s) => ({
      id: s.id,
      url: `/systems/${s.id}`,
      name: s.name,
      shortName: s.shortName,
      vendor: s.vendor,
      product: s.product,
      aliases: s.aliases,
      providers: s.productNames,
      scenarioCount: catalog.scenarios.filter((x) => x.system === s.id).length,
    })),
    scenarios,
    common: commonProblems(catalog),
  };
}
