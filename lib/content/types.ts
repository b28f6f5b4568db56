import type { StepKind } from "./parse";
import type { Accent, Audience, Diagram, Escalation, Group, GroupBy, KeyFact } from "./schema";

export type Edition = "agent" | "customer";

export interface Step {
  id: string;
  text: string;
  internal: boolean;
  /** action (default): a tickbox; check: a question the reader answers; info: an explanation, no tickbox. */
  kind: StepKind;
  /** The step's earlier ids, so stored ticks follow a rename. */
  was: string[];
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
