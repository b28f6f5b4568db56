import Fuse, { type IFuseOptions } from "fuse.js";
import type { MatchIndex } from "./build";

import { FUZZY_CANDIDATES, FUZZY_MAX_CHARS, FUZZY_THRESHOLD } from "./tunables";

// fuse.js for what it is good at: short queries with typos or partial words (see tunables.ts).
export { FUZZY_CANDIDATES, FUZZY_MAX_CHARS };

interface FuzzyDoc {
  doc: number;
  title: string;
  signatures: string[];
  symptoms: string[];
}

const options: IFuseOptions<FuzzyDoc> = {
  keys: [
    { name: "title", weight: 1 },
    { name: "signatures", weight: 1 },
    { name: "symptoms", weight: 0.7 },
  ],
  includeScore: true,
  // Titles, signatures and symptoms are short: fuse's default location window covers them, and
  // ignoring location triples the cost.
  threshold: FUZZY_THRESHOLD,
  minMatchCharLength: 3,
};

export interface FuzzyHit {
  doc: number;
  /** fuse.js's score turned around: 1 is a perfect match, 0 none. */
  similarity: number;
}

/** fuse.js over the candidates' title, signatures and symptoms, for a short query only. */
export function fuzzySearch(index: MatchIndex, query: string, candidates: readonly number[]): FuzzyHit[] {
  const q = query.trim();
  if (q.length < 3 || q.length > FUZZY_MAX_CHARS || candidates.length === 0) return [];
  const docs = candidates.slice(0, FUZZY_CANDIDATES).flatMap((doc): FuzzyDoc[] => {
    const d = index.docs[doc];
    return d ? [{ doc, title: d.title, signatures: d.signatures, symptoms: d.symptoms }] : [];
  });
  return new Fuse(docs, options).search(q).map((r) => ({ doc: r.item.doc, similarity: 1 - (r.score ?? 1) }));
}
