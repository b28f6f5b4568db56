import { z } from "zod";
import type { Root as MdastRoot } from "mdast";

/** kebab-case: lowercase words joined by single hyphens. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase words joined by hyphens, e.g. dispatch-paused");

export const scenarioId = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected <system>/<slug>, e.g. wxm/dispatch-paused");

const text = z.string().trim().min(1, "must not be empty");

export const escalationSchema = z.strictObject({
  contact: text,
  via: text.optional(),
  include: z.array(text).default([]),
});
export type Escalation = z.infer<typeof escalationSchema>;

export const groupSchema = z.strictObject({
  id: kebabId,
  label: text,
  hint: text,
  unknownAdvice: text.optional(),
});
export type Group = z.infer<typeof groupSchema>;

export const groupByValues = ["stage", "status", "symptom"] as const;
export type GroupBy = (typeof groupByValues)[number];

export const diagramSchema = z.strictObject({
  title: text,
  description: text,
  nodes: z
    .array(
      z.strictObject({
        id: kebabId,
        label: text,
        detail: text.optional(),
        /** Group ids (stages, statuses or symptoms) whose scenarios fail at this node. */
        groups: z.array(kebabId).default([]),
        /** Scenario slugs of this system that fail at this node, when their group spans several nodes. */
        scenarios: z.array(kebabId).default([]),
      }),
    )
    .min(2, "a diagram needs at least two nodes"),
  edges: z
    .array(z.strictObject({ from: kebabId, to: kebabId, label: text.optional() }))
    .default([]),
});
export type Diagram = z.infer<typeof diagramSchema>;

/** Each system picks one accent; the palette lives in components/ui/system-badge.tsx. */
export const accentValues = ["sky", "violet", "emerald", "amber", "rose", "teal", "indigo", "orange", "slate"] as const;
export type Accent = (typeof accentValues)[number];

export const systemFrontmatter = z.strictObject({
  name: text,
  accent: z.enum(accentValues).default("slate"),
  shortName: text,
  vendor: text,
  product: text,
  aliases: z.array(text).default([]),
  /** Other product names the content uses (third parties): content:check flags their misspellings. */
  productNames: z.array(text).default([]),
  groupBy: z.enum(groupByValues),
  question: text,
  groups: z.array(groupSchema).min(1, "declare at least one group"),
  facts: z.array(text).default([]),
  escalation: escalationSchema.optional(),
  diagram: diagramSchema.optional(),
  seed: text.optional(),
});
export type SystemFrontmatter = z.infer<typeof systemFrontmatter>;

export const audienceValues = ["agent", "customer", "both"] as const;
export type Audience = (typeof audienceValues)[number];

export const keyFactSchema = z.strictObject({ label: text, value: z.union([text, z.number()]).transform(String) });
export type KeyFact = z.infer<typeof keyFactSchema>;

export const scenarioFrontmatter = z.strictObject({
  title: text,
  system: kebabId,
  stage: kebabId.optional(),
  status: kebabId.optional(),
  symptom: kebabId.optional(),
  order: z.number().int().nonnegative().default(100),
  summary: text,
  audience: z.enum(audienceValues),
  signatures: z.array(text).min(1, "give at least one exact string a user sees"),
  symptoms: z.array(text).min(1, "give at least one way a person describes the problem"),
  related: z.array(scenarioId).default([]),
  keyFacts: z.array(keyFactSchema).default([]),
  escalation: escalationSchema.optional(),
});
export type ScenarioFrontmatter = z.infer<typeof scenarioFrontmatter>;

// The compiled catalog: what the build writes and the server reads back. Every domain type is
// inferred from these schemas (types.ts), so the stored form and the in-memory form cannot drift.

export const editionValues = ["agent", "customer"] as const;
export const editionSchema = z.enum(editionValues);

/** A body: the validated, edition-filtered Markdown tree (mdast, plain data) that gets compiled. */
export const bodyTree = z.custom<MdastRoot>(
  (v) => typeof v === "object" && v !== null && (v as { type?: unknown }).type === "root",
  "expected a Markdown tree",
);
/** The body compiled by mdx-bundler from that tree (lib/content/mdx-compile.ts); absent until compiled. */
const compiledCode = z.string().optional();

export const stepSchema = z.object({
  id: z.string(),
  /** Earlier ids of this step: a checklist tick stored under one of them still counts. */
  was: z.array(z.string()),
  text: z.string(),
  internal: z.boolean(),
});

export const systemSchema = systemFrontmatter.extend({
  id: z.string(),
  file: z.string(),
  /** The overview, edition-filtered. */
  body: bodyTree,
  code: compiledCode,
  text: z.string(),
});

export const scenarioSchema = scenarioFrontmatter
  .pick({ title: true, order: true, summary: true, audience: true, signatures: true, symptoms: true, related: true, keyFacts: true, escalation: true })
  .extend({
    id: z.string(),
    slug: z.string(),
    system: z.string(),
    url: z.string(),
    file: z.string(),
    /** The group id (a stage, status or symptom, as the system's groupBy says). */
    group: z.string(),
    steps: z.array(stepSchema),
    /** The body, edition-filtered: what the page renders, once compiled into `code`. */
    body: bodyTree,
    code: compiledCode,
    text: z.string(),
  });

export const catalogSchema = z.object({
  edition: editionSchema,
  systems: z.array(systemSchema),
  scenarios: z.array(scenarioSchema),
});

/** What the build stores: every body compiled, so the production server never compiles. */
const hasCode = { code: z.string() };
export const compiledCatalogSchema = catalogSchema.extend({
  systems: z.array(systemSchema.extend(hasCode)),
  scenarios: z.array(scenarioSchema.extend(hasCode)),
});
