import type { Catalog } from "@/lib/content/types";
import type { MatchIndex } from "./index-types";
import { buildMatchIndex } from "./calibrate";
import { toMatchDocs } from "./docs";

// One index per catalog object: a production server keeps its catalog, so the index is built once
// per process; `next dev` hands out a fresh catalog after an edit, and gets a fresh index with it.
const indexes = new WeakMap<Catalog, MatchIndex>();

export function indexForCatalog(catalog: Catalog): MatchIndex {
  const hit = indexes.get(catalog);
  if (hit) return hit;
  const index = buildMatchIndex(toMatchDocs(catalog));
  indexes.set(catalog, index);
  return index;
}
