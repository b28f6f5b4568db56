import type { GlossaryEntry, Limit } from "@/lib/content/schema";
import type { Catalog } from "@/lib/content/types";

export type MatchLimit = Limit;

/** What the matcher needs to know about one scenario: plain data, safe to serialize for the browser. */
export interface MatchDoc {
  /** The scenario id, e.g. wxm/dispatch-paused. */
  id: string;
  url: string;
  title: string;
  system: string;
  systemName: string;
  summary: string;
  signatures: string[];
  symptoms: string[];
  /** The label of the scenario's stage, status or symptom group. */
  group: string;
  /** Status names this scenario stands for, when its system groups scenarios by status. */
  statuses: string[];
  /** Words in a paste that point to the scenario's system (Mambu, ALX, Qikchat...). */
  aliases: string[];
  /** The system's glossary: words users write ("admin") for the catalog's ("administrator"). */
  glossary: GlossaryEntry[];
  /** Key facts as "label: value" (Records per request: 18000 at most). */
  facts: string[];
  /** Numbers the content declares (limits, durations): see lib/content/schema.ts limitSchema. */
  limits: MatchLimit[];
  /** Remedy steps, as plain text. */
  steps: string[];
  /** The group's hint, e.g. "The dispatchRequest API failed with a 4XX error code". */
  groupHint: string;
  /** What is true for every scenario of the system (its overview's facts). */
  systemFacts: string[];
  /** What the system's product is ("survey invitations by email and SMS"): its words tell a paste's topic (recall.ts). */
  product?: string;
}


export function toMatchDocs(catalog: Catalog): MatchDoc[] {
  const systems = new Map(catalog.systems.map((s) => [s.id, s]));
  return catalog.scenarios.map((s) => {
    const system = systems.get(s.system);
    const groupDef = system?.groups.find((g) => g.id === s.group);
    const group = groupDef?.label ?? s.group;
    return {
      id: s.id,
      url: s.url,
      title: s.title,
      system: s.system,
      systemName: system?.name ?? s.system,
      summary: s.summary,
      signatures: s.signatures,
      symptoms: s.symptoms,
      group,
      // The group's declared status names; a status group that declares none is its label.
      statuses: system?.groupBy === "status" ? (groupDef?.statuses ?? [group]) : [],
      aliases: [...new Set([system?.shortName, system?.name, ...(system?.aliases ?? [])].filter((a): a is string => !!a))],
      glossary: system?.glossary ?? [],
      facts: s.keyFacts.map((f) => `${f.label}: ${f.value}`),
      limits: s.limits ?? [],
      steps: s.steps.map((step) => step.text),
      groupHint: groupDef?.hint ?? "",
      systemFacts: system?.facts ?? [],
      product: system?.product ?? "",
    };
  });
}
