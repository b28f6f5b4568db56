import type { Accent, Audience, Diagram, Escalation, Group, GroupBy, KeyFact } from "./schema";

export type Edition = "agent" | "customer";

export interface Step {
  id: string;
  text: string;
  internal: boolean;
}

export interface System {
  id: string;
  file: string;
  name: string;
  shortName: string;
  accent: Accent;
  vendor: string;
  product: string;
  aliases: string[];
  groupBy: GroupBy;
  question: string;
  groups: Group[];
  facts: string[];
  escalation?: Escalation;
  diagram?: Diagram;
  seed?: string;
  /** Days between reviews of the system's scenarios. */
  reviewInterval: number;
  /** MDX source of the overview (edition-filtered). */
  source: string;
}

export interface Scenario {
  id: string;
  slug: string;
  system: string;
  url: string;
  file: string;
  title: string;
  /** The group id (a stage, status or symptom, as the system's groupBy says). */
  group: string;
  order: number;
  summary: string;
  audience: Audience;
  /** When the scenario was last checked against its source (YYYY-MM-DD), and the team that owns it. */
  reviewed: string;
  owner: string;
  signatures: string[];
  symptoms: string[];
  related: string[];
  keyFacts: KeyFact[];
  /** The scenario's own escalation, or else its system's. */
  escalation?: Escalation;
  steps: Step[];
  /** MDX source (edition-filtered). */
  source: string;
}

export interface Catalog {
  edition: Edition;
  systems: System[];
  scenarios: Scenario[];
}

/** A file as read from content/: path relative to the repository, e.g. content/wxm/dispatch-paused.mdx. */
export interface SourceFile {
  path: string;
  source: string;
}
