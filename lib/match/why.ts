import type { MatchIndex } from "./index-types";
import type { OverlapHit } from "./bow";
import type { QueryWord } from "./query";
import type { Why } from "./types";
import { WHY_MOSTLY_COVERED } from "./tunables";

/** [start, end) in the paste of the words first..last. */
export const spanOf = (words: readonly QueryWord[], first: number, last: number): [number, number] | undefined => {
  const a = words[first]?.token;
  const b = words[last]?.token;
  return a && b ? [a.start, b.end] : undefined;
};

export /** Why a word-overlap match matched: its best text when mostly covered, else the shared words, and where they are. */
function overlapWhy(index: MatchIndex, words: readonly QueryWord[], hit: OverlapHit): Why {
  const field = index.fields[hit.field];
  if (!field) return { kind: "words", text: "" };
  const matched: number[] = [];
  for (let i = hit.unit.from; i < hit.unit.to; i++) {
    const w = words[i];
    if (w && !w.stop && field.stems.includes(w.stem)) matched.push(i);
  }
  const mostly = hit.covered >= WHY_MOSTLY_COVERED;
  return {
    kind: mostly ? field.kind : "words",
    text: mostly ? field.text : [...new Set(matched.map((i) => words[i]?.token.text))].join(" "),
    span: matched.length ? spanOf(words, matched[0] ?? 0, matched[matched.length - 1] ?? 0) : undefined,
  };
}
