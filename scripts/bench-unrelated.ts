// The unrelated-match rate for `npm run bench:scale`: how many of the tuning set's unrelated pastes
// (pastes about other products, which should match nothing) get a match from an index. Only the
// tuning half: tests/eval/heldout is scored by the eval test alone and never looked at here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose, type MatchIndex } from "@/lib/match";
import { labelledPaste, type LabelledPaste } from "@/lib/match/evaluate";

export const UNRELATED_FILES = ["tests/eval/tuning/unrelated.jsonl", "tests/eval/tuning/fresh/unrelated.jsonl", "tests/eval/tuning/legacy/unrelated.jsonl"];

export function unrelatedPastes(root = process.cwd()): LabelledPaste[] {
  return UNRELATED_FILES.flatMap((f) =>
    readFileSync(join(root, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => labelledPaste.parse(JSON.parse(l)))
      .filter((p) => p.expect.length === 0),
  );
}

/** The pastes that matched something, with the first match's id, score and reason. */
export function unrelatedMatches(index: MatchIndex, pastes: readonly LabelledPaste[]): Array<{ id: string | number; got: string; score: number; why: string }> {
  const out: Array<{ id: string | number; got: string; score: number; why: string }> = [];
  for (const p of pastes) {
    const first = diagnose(index, p.text)[0];
    if (first) out.push({ id: p.id, got: first.slug, score: first.score, why: `${first.why.kind}: ${first.why.text.slice(0, 40)}` });
  }
  return out;
}
