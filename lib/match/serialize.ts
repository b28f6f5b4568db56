import { z } from "zod";
import { glossaryEntrySchema, limitSchema } from "@/lib/content/schema";
import type { MatchIndex } from "./index-types";
import { buildMatchIndex } from "./calibrate";
import type { MatchDoc } from "./docs";

/**
 * The browser's copy of the index: the scenarios' matching fields, each system's words once.
 * The lookup tables are rebuilt on load (a few milliseconds for the real catalog), which keeps the
 * download small: see `npm run bench` for its size.
 */
const serializedIndex = z.object({
  version: z.literal(1),
  /** The no-match threshold calibrated on the server, so that the browser need not calibrate again. */
  threshold: z.number().min(0).max(1).optional(),
  systems: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      glossary: z.array(glossaryEntrySchema).optional(),
      facts: z.array(z.string()).optional(),
      product: z.string().optional(),
    }),
  ),
  docs: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      system: z.number().int().nonnegative(),
      summary: z.string(),
      signatures: z.array(z.string()),
      symptoms: z.array(z.string()),
      group: z.string(),
      statuses: z.array(z.string()).optional(),
      facts: z.array(z.string()).optional(),
      limits: z.array(limitSchema).optional(),
      steps: z.array(z.string()).optional(),
      groupHint: z.string().optional(),
    }),
  ),
});
export type SerializedIndex = z.infer<typeof serializedIndex>;

export function serializeDocs(docs: readonly MatchDoc[]): SerializedIndex {
  const systems: SerializedIndex["systems"] = [];
  const at = new Map<string, number>();
  const out = docs.map((d) => {
    let s = at.get(d.system);
    if (s === undefined) {
      s = systems.length;
      at.set(d.system, s);
      systems.push({
        id: d.system,
        name: d.systemName,
        aliases: d.aliases,
        ...(d.glossary.length ? { glossary: d.glossary } : {}),
        ...(d.systemFacts.length ? { facts: d.systemFacts } : {}),
        ...(d.product ? { product: d.product } : {}),
      });
    }
    const { id, url, title, summary, signatures, symptoms, group, statuses, facts, limits, steps, groupHint } = d;
    return {
      id,
      url,
      title,
      system: s,
      summary,
      signatures,
      symptoms,
      group,
      ...(statuses.length ? { statuses } : {}),
      ...(facts.length ? { facts } : {}),
      ...(limits.length ? { limits } : {}),
      ...(steps.length ? { steps } : {}),
      ...(groupHint ? { groupHint } : {}),
    };
  });
  return { version: 1, systems, docs: out };
}

export function serializeIndex(index: MatchIndex): string {
  return JSON.stringify({ ...serializeDocs(index.docs), threshold: index.threshold });
}

/** Rebuilds an index from serializeIndex's output (a JSON string or the parsed value); throws on a malformed one. */
export function loadIndex(data: unknown): MatchIndex {
  const parsed = serializedIndex.parse(typeof data === "string" ? JSON.parse(data) : data);
  const docs = parsed.docs.map((d): MatchDoc => {
    const system = parsed.systems[d.system];
    if (!system) throw new Error(`serialized index: doc ${d.id} names system #${d.system}, which is not listed`);
    return {
      ...d,
      system: system.id,
      systemName: system.name,
      aliases: system.aliases,
      glossary: system.glossary ?? [],
      statuses: d.statuses ?? [],
      facts: d.facts ?? [],
      limits: d.limits ?? [],
      steps: d.steps ?? [],
      groupHint: d.groupHint ?? "",
      systemFacts: system.facts ?? [],
      product: system.product ?? "",
    };
  });
  return buildMatchIndex(docs, { threshold: parsed.threshold });
}
