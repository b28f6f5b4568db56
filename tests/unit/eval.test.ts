import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, toMatchDocs } from "@/lib/match";
import { evaluate, formatEvaluation } from "@/lib/match/evaluate";
import { readLabelledPastes } from "../../scripts/eval-files";

// The labelled pastes of tests/eval (see its README). Constants are fitted on tuning/ only; the gate
// runs on heldout/, which is scored in aggregate: no held-out paste is ever printed.
const root = join(process.cwd(), "tests", "eval");

// The labels were written from the seeds, so they are scored against the systems written from a seed:
// a paste that is unrelated to those may well belong to a system added since (an email bounce, say).
const { catalog: full } = loadCatalog(process.cwd(), "customer");
const seeded = new Set(full.systems.filter((s) => s.seed).map((s) => s.id));
const catalog = { ...full, systems: full.systems.filter((s) => seeded.has(s.id)), scenarios: full.scenarios.filter((s) => seeded.has(s.system)) };
const index = buildMatchIndex(toMatchDocs(catalog));

test("tuning half: figures per kind (each miss printed: this half is what constants are fitted on)", () => {
  const pastes = readLabelledPastes(join(root, "tuning"));
  expect(pastes.length).toBeGreaterThan(0);
  const result = evaluate(index, pastes);
  console.log(["tuning half:", ...formatEvaluation(result), ...result.misses.map((m) => `  miss ${m}`)].join("\n"));
  expect(result.all.positives).toBeGreaterThan(0);
});

// Issue 11 sets the target: top-1 ≥ 0.92, top-3 ≥ 0.97, unrelated matched ≤ 2%. Held-out, 2026-11-27/28:
// first matcher 0.911 / 0.936 / 2 of 32; after the third session's two rounds (fitted on tuning/ and its
// fresh batches only) 0.931 / 0.956 / 2 of 32, then 0.936 / 0.961 / 2 of 32; after the fourth session's
// two rounds (fitted on tuning/ with fresh4; chosen on the sealed validation batches fresh4 and fresh5)
// 0.961 / 0.975 / 2 of 32, unchanged after its rounds 3 and 4 (table headers, foreign names on every
// route, numbers as people write them). The fifth session added a learned model (lib/match/learned.ts,
// trained on tuning/ only, its settings chosen by leaving tuning batches out, checked once on the
// sealed fresh8): 0.985 / 0.995 / 0 of 32; 0.980 / 0.990 / 0 of 32 once fresh8-fresh10 (each read once,
// sealed) joined its training; 0.985 / 0.995 / 0 of 32 trained through fresh14, and through fresh16.
// All three meet the target now; top-3 and unrelated are gated on it, top-1 on a floor under what was
// measured. Floors are set from the aggregate only; nothing was fitted on the held-out pastes.
const TARGET = { top1: 0.92, top3: 0.97, unrelated: 0.02 };
const FLOOR = { top1: 0.97, top3: 0.97, unrelated: 0.02 };

test("held-out half: no regression below the floor (figures per kind and the issue's target, never a paste)", () => {
  const dir = join(root, "heldout");
  expect(existsSync(dir), "tests/eval/heldout/ is missing: the gate needs the held-out half").toBe(true);
  const { all, kinds } = evaluate(index, readLabelledPastes(dir));
  const top1 = all.top1 / all.positives;
  const top3 = all.top3 / all.positives;
  const unrelated = all.falseMatches / all.negatives;
  const met = top1 >= TARGET.top1 && top3 >= TARGET.top3 && unrelated <= TARGET.unrelated;
  console.log(
    [
      "held-out half:",
      ...formatEvaluation({ kinds, all, misses: [] }),
      `target (issue 11): top-1 ≥ ${TARGET.top1}, top-3 ≥ ${TARGET.top3}, unrelated ≤ ${TARGET.unrelated}: ${met ? "met" : "NOT met"}`,
      `floor (gates npm test): top-1 ≥ ${FLOOR.top1}, top-3 ≥ ${FLOOR.top3}, unrelated ≤ ${FLOOR.unrelated}`,
    ].join("\n"),
  );
  expect(all.positives).toBeGreaterThan(0);
  expect(all.negatives).toBeGreaterThan(0);
  expect(top1).toBeGreaterThanOrEqual(FLOOR.top1);
  expect(top3).toBeGreaterThanOrEqual(FLOOR.top3);
  expect(unrelated).toBeLessThanOrEqual(FLOOR.unrelated);
});
