import type { MatchDoc } from "./docs";
import type { MatchIndex } from "./index-types";

// Built once per index: a table triage and the learned reading both look scenarios up by id.
const byId = new WeakMap<MatchIndex, Map<string, MatchDoc>>();

/** The scenario of this id in the index, if it has one. */
export function docById(index: MatchIndex, id: string): MatchDoc | undefined {
  let m = byId.get(index);
  if (!m) byId.set(index, (m = new Map(index.docs.map((d) => [d.id, d]))));
  return m.get(id);
}
