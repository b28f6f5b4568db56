import { z } from "zod";
import type { MatchIndex } from "./index-types";
import { diagnose } from "./paste";

/** One labelled paste of tests/eval: expect lists every right answer; [] means nothing applies. */
export const labelledPaste = z.object({
  id: z.union([z.string(), z.number()]),
  kind: z.string().optional(),
  text: z.string(),
  expect: z.array(z.string()),
});
export type LabelledPaste = z.infer<typeof labelledPaste>;

export interface KindFigures {
  kind: string;
  positives: number;
  top1: number;
  top3: number;
  negatives: number;
  /** Unrelated pastes that matched something. */
  falseMatches: number;
}

export interface Evaluation {
  kinds: KindFigures[];
  all: KindFigures;
  /** Per-paste misses: print them for the tuning half only. */
  misses: string[];
}

const accepts = (expected: readonly string[], slug: string) =>
  expected.some((e) => (e.endsWith("/*") ? slug.startsWith(e.slice(0, -1)) : slug === e));

const empty = (kind: string): KindFigures => ({ kind, positives: 0, top1: 0, top3: 0, negatives: 0, falseMatches: 0 });

/** Scores the matcher on labelled pastes the way ../shared/tools/eval-matcher.mjs scores the CLI, per kind. */
export function evaluate(index: MatchIndex, pastes: readonly LabelledPaste[]): Evaluation {
  const byKind = new Map<string, KindFigures>();
  const all = empty("all");
  const misses: string[] = [];
  for (const p of pastes) {
    const kind = p.kind ?? "legacy";
    const k = byKind.get(kind) ?? empty(kind);
    byKind.set(kind, k);
    const slugs = diagnose(index, p.text).map((m) => m.slug);
    if (p.expect.length === 0) {
      k.negatives++;
      all.negatives++;
      if (slugs.length > 0) {
        k.falseMatches++;
        all.falseMatches++;
        misses.push(`${p.id} (${kind}): unrelated, got ${slugs[0]}`);
      }
      continue;
    }
    k.positives++;
    all.positives++;
    const rank = slugs.findIndex((s) => accepts(p.expect, s));
    if (rank === 0) {
      k.top1++;
      all.top1++;
    } else misses.push(`${p.id} (${kind}): want ${p.expect.join("|")}, got ${slugs.slice(0, 3).join(", ") || "nothing"}`);
    if (rank >= 0 && rank < 3) {
      k.top3++;
      all.top3++;
    }
  }
  return { kinds: [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind)), all, misses };
}

const share = (n: number, of: number) => (of ? (n / of).toFixed(3) : "-");

/** One line per kind and one for all: "log  24  top-1 0.917 (22)  top-3 0.958  unrelated matched 0/0". */
export function formatEvaluation(e: Evaluation): string[] {
  return [...e.kinds, e.all].map(
    (k) =>
      `${k.kind.padEnd(15)} ${String(k.positives + k.negatives).padStart(4)}  top-1 ${share(k.top1, k.positives)} (${k.top1}/${k.positives})` +
      `  top-3 ${share(k.top3, k.positives)}  unrelated matched ${k.falseMatches}/${k.negatives}`,
  );
}
