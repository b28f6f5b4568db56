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
  /** Whom to contact, in the customer's words: an e-mail address, or a named support desk. */
  contact: text,
  via: text.optional(),
  /** How to reach them, as one next step; needed when the contact is not an e-mail address. */
  how: text.optional(),
  include: z.array(text).default([]),
});
export type Escalation = z.infer<typeof escalationSchema>;

export const groupSchema = z.strictObject({
  id: kebabId,
  label: text,
  hint: text,
  unknownAdvice: text.optional(),
  /** The status names this group stands for, as the product writes them (groupBy: status). */
  statuses: z.array(text).optional(),
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

/**
 * A word users write for one the catalog uses: "admin" for administrator, "DLR" for delivery report,
 * and the non-English words its users mix in ("nahi" for not). Owned by the docs team; each `also`
 * must mean what `term` means in the seed. The matcher reads an `also` word, or phrase ("on hold" for
 * paused), as the term's words.
 */
export const glossaryEntrySchema = z.strictObject({
  term: text,
  also: z
    .array(text.regex(/^\S+(?: \S+){0,3}$/, "one word, or a phrase of up to four words (\"on hold\"), per entry: the matcher reads it as the term"))
    .min(1),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const systemFrontmatter = z.strictObject({
  name: text,
  accent: z.enum(accentValues).default("slate"),
  shortName: text,
  vendor: text,
  product: text,
  aliases: z.array(text).default([]),
  glossary: z.array(glossaryEntrySchema).default([]),
  /** Other product names the content uses (third parties): content:check flags their misspellings. */
  productNames: z.array(text).default([]),
  groupBy: z.enum(groupByValues),
  question: text,
  groups: z.array(groupSchema).min(1, "declare at least one group"),
  facts: z.array(text).default([]),
  escalation: escalationSchema.optional(),
  diagram: diagramSchema.optional(),
  seed: text.optional(),
  /** Days after a scenario's `reviewed` date when content:check warns that it is due for review. */
  reviewInterval: z.number().int().positive("a number of days, e.g. 180"),
});
export type SystemFrontmatter = z.infer<typeof systemFrontmatter>;

export const audienceValues = ["agent", "customer", "both"] as const;
export type Audience = (typeof audienceValues)[number];

export const keyFactSchema = z.strictObject({ label: text, value: z.union([text, z.number()]).transform(String) });
export type KeyFact = z.infer<typeof keyFactSchema>;

/**
 * A number the source document states about a scenario: a limit ("no more than 18000 records in a
 * single request") or a fixed value (a delay, a duration). The matcher reads numbers in a paste
 * next to `words`: above `max` points to this scenario ("we sent 25000 records"); equal to a `value`
 * supports it ("it resumed after 4 hours").
 */
export const limitSchema = z
  .strictObject({
    /** What is counted or timed, in words: "records per dispatchRequest". */
    quantity: text,
    /** The most the system accepts; a paste stating more points to this scenario. */
    max: z.number().positive().optional(),
    /** The least it takes (a cache refreshes after 1 hour); a paste stating less points here. */
    min: z.number().positive().optional(),
    /** Where the trouble starts (large journeys: 7.5 lakh+); a paste stating this much or more points here. */
    from: z.number().positive().optional(),
    /** A number (or several) the source gives, such as retry delays of 2, 6, 18 and 54 seconds. */
    value: z.union([z.number(), z.array(z.number()).min(1)]).optional(),
    /** seconds, minutes, hours, days or %: a paste's number must carry such a unit to count (none: a count). */
    unit: z.enum(["seconds", "minutes", "hours", "days", "%"]).optional(),
    /** Words a paste puts next to the number ("records", "rows"); the first is the quantity's own word. */
    words: z.array(text).min(1, "give at least one word a paste puts next to the number"),
  })
  .refine(
    (l) => [l.max, l.min, l.from, l.value].some((v) => v !== undefined),
    "give max, min or from (a limit) or value (a stated number)",
  );
export type Limit = z.infer<typeof limitSchema>;

export const scenarioFrontmatter = z.strictObject({
  title: text,
  system: kebabId,
  stage: kebabId.optional(),
  status: kebabId.optional(),
  symptom: kebabId.optional(),
  order: z.number().int().nonnegative().default(100),
  summary: text,
  audience: z.enum(audienceValues),
  reviewed: z.iso.date("a date written YYYY-MM-DD, e.g. 2026-11-27"),
  /** The team that owns the content (a team, never a person's name). */
  owner: kebabId,
  signatures: z.array(text).min(1, "give at least one exact string a user sees"),
  symptoms: z.array(text).min(1, "give at least one way a person describes the problem"),
  related: z.array(scenarioId).default([]),
  keyFacts: z.array(keyFactSchema).default([]),
  limits: z.array(limitSchema).default([]),
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

/** action: something to do (a tickbox); check: a question the reader answers by ticking; info: an explanation (no tickbox). */
export const stepKinds = ["action", "check", "info"] as const;
export type StepKind = (typeof stepKinds)[number];

export const stepSchema = z.object({
  id: z.string(),
  kind: z.enum(stepKinds).default("action"),
  /** The text without <Internal> parts, when it has any (agent edition): what a customer's reply may quote. */
  customerText: z.string().optional(),
  /** Earlier ids of this step: a checklist tick stored under one of them still counts. */
  was: z.array(z.string()),
  text: z.string(),
  internal: z.boolean(),
});

export const systemSchema = systemFrontmatter.extend({
  /** Optional here so that systems built before glossaries existed (fixtures, stored catalogs) still type. */
  glossary: z.array(glossaryEntrySchema).optional(),
  id: z.string(),
  file: z.string(),
  /** The overview, edition-filtered. */
  body: bodyTree,
  code: compiledCode,
  /** The overview's opening paragraph and the rest (lib/content/overview.ts), each compiled on its own: what the system page renders. */
  leadCode: compiledCode,
  restCode: compiledCode,
  text: z.string(),
});

export const scenarioSchema = scenarioFrontmatter
  .pick({ title: true, order: true, summary: true, audience: true, reviewed: true, owner: true, signatures: true, symptoms: true, related: true, keyFacts: true, escalation: true })
  .extend({
    /** Optional here so that scenarios built before limits existed still type (see limitSchema). */
    limits: z.array(limitSchema).optional(),
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
    /** A reply written in content (<Reply>), internal parts left out. */
    reply: z.string().optional(),
  });

/** A known incident as the catalog holds it (lib/content/incidents reads and checks the files). */
export const incidentSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  /** ISO instants (UTC); end null: active until the file is given an end. */
  start: z.string(),
  end: z.string().nullable(),
  systems: z.array(z.string()),
  scenarios: z.array(z.string()),
  body: z.array(z.union([z.object({ kind: z.literal("p"), text: z.string() }), z.object({ kind: z.literal("ul"), items: z.array(z.string()) })])),
});

export const catalogSchema = z.object({
  edition: editionSchema,
  systems: z.array(systemSchema),
  scenarios: z.array(scenarioSchema),
  /** Known incidents (content/incidents); absent in catalogs built without them. */
  incidents: z.array(incidentSchema).optional(),
});

/** What the build stores: every body compiled, so the production server never compiles. */
const hasCode = { code: z.string() };
export const compiledCatalogSchema = catalogSchema.extend({
  systems: z.array(systemSchema.extend({ ...hasCode, leadCode: z.string(), restCode: z.string() })),
  scenarios: z.array(scenarioSchema.extend(hasCode)),
});
