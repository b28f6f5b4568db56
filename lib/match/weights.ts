import type { Field, MatchIndex } from "./index-types";
import * as tunables from "./tunables";

const { RARITY_SCALE, REF_FACTOR, STOPWORD_WEIGHT } = tunables;

/**
 * Word rarity over the scenarios, each field's weight (set on the fields), and the postings from
 * stems to scenarios and fields. `stemCount` is the vocabulary's size when the fields were read.
 */
export function weighFields(stemCount: number, docCount: number, fields: Field[], docStems: ReadonlyArray<Map<number, number>>) {
  const stemDocs: number[][] = Array.from({ length: stemCount }, () => []);
  docStems.forEach((vocab, d) => vocab.forEach((_, s) => stemDocs[s]?.push(d)));
  // Rarity counts the scenarios whose own texts use a word. A system's aliases and facts belong to all
  // its scenarios, and would make "Infersales" look as common as the system's size.
  const fieldDocs = Array.from({ length: stemCount }, () => new Set<number>());
  for (const f of fields) f.stems.forEach((s, i) => !f.stop[i] && fieldDocs[s]?.add(f.doc));
  const n = Math.max(docCount, 1);
  const df = stemDocs.map((list, s) => Math.max(fieldDocs[s]?.size || list.length, 1));
  const idf = df.map((k) => Math.log(1 + n / k));
  const unknownWeight = Math.log(1 + n);
  const stemFields: number[][] = Array.from({ length: stemCount }, () => []);
  const docFields: number[][] = Array.from({ length: docCount }, () => []);
  fields.forEach((f, fi) => {
    f.weight = f.stems.reduce((sum, s, i) => sum + (f.stop[i] ? STOPWORD_WEIGHT : (idf[s] ?? 0)), 0);
    f.stems.forEach((s, i) => !f.stop[i] && stemFields[s]?.push(fi, i));
    docFields[f.doc]?.push(fi);
  });
  return { df, idf, unknownWeight, refWeight: REF_FACTOR * unknownWeight, stemDocs, stemFields, docFields };
}

/** Past RARITY_SCALE scenarios, the weights the no-match decision is checked with (see MatchIndex.fixed). */
export function fixedWeights(df: readonly number[], docCount: number, fields: readonly Field[]): MatchIndex["fixed"] {
  if (docCount <= RARITY_SCALE) return undefined;
  const fixedIdf = df.map((k) => Math.log(1 + RARITY_SCALE / Math.min(RARITY_SCALE, k)));
  return {
    idf: fixedIdf,
    unknownWeight: Math.log(1 + RARITY_SCALE),
    refWeight: REF_FACTOR * Math.log(1 + RARITY_SCALE),
    fieldWeight: fields.map((f) => f.stems.reduce((sum, s, i) => sum + (f.stop[i] ? STOPWORD_WEIGHT : (fixedIdf[s] ?? 0)), 0)),
  };
}
