import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { loadCatalog } from "@/lib/content/load";
import { diagnose, indexForCatalog, MAX_INPUT_BYTES, RELEVANCE_THRESHOLD, type Match } from "@/lib/match";
import { LIKELY_SCORE, RECALL_FLOOR, RUNNER_UP_FLOOR } from "@/lib/match/tunables";
import { hostileText } from "./arbitraries";
import { hugeInputs } from "./huge-inputs";

const catalog = loadCatalog(process.cwd(), "agent").catalog;
const index = indexForCatalog(catalog);
const scenarioIds = new Set(catalog.scenarios.map((s) => s.id));

const match = z.strictObject({
  slug: z.string(),
  id: z.string(),
  url: z.string().startsWith("/scenarios/"),
  title: z.string().min(1),
  system: z.string().min(1),
  systemName: z.string().min(1),
  // Runners-up, recalled and blended matches (lib/match/blend.ts) may show down to these floors, as "possible".
  score: z.number().min(Math.min(RUNNER_UP_FLOOR, RECALL_FLOOR)).max(1),
  confidence: z.enum(["exact", "likely", "possible"]),
  why: z.strictObject({
    kind: z.enum(["signature", "status", "symptom", "title", "summary", "fact", "step", "words", "fuzzy", "limit"]),
    text: z.string(),
    span: z.tuple([z.number().int(), z.number().int()]).optional(),
  }),
});

/** Throws with the reason when a result is not what the UI and the API expect to render. */
function expectValid(text: string, matches: Match[], limit: number): void {
  expect(matches.length).toBeLessThanOrEqual(limit);
  const searched = Math.min(text.length, MAX_INPUT_BYTES);
  for (const [i, m] of matches.entries()) {
    match.parse(m);
    expect(scenarioIds.has(m.id)).toBe(true);
    if (m.why.span) {
      const [start, end] = m.why.span;
      expect(0 <= start && start <= end && end <= searched).toBe(true);
    }
    if (i > 0) expect(m.score).toBeLessThanOrEqual(matches[i - 1]?.score ?? 1);
    // Under the no-match threshold, and under LIKELY_SCORE unless the message was found as written, a match is only "possible".
    if (m.score < RELEVANCE_THRESHOLD) expect(m.confidence).toBe("possible");
    if (m.score < LIKELY_SCORE && m.confidence !== "exact") expect(m.confidence).toBe("possible");
  }
  expect(new Set(matches.map((m) => m.id)).size).toBe(matches.length);
}

describe("the matcher on hostile input", () => {
  // How long these take is measured by `npm run bench:hostile`, not asserted here: a unit test that
  // times itself fails when a build runs beside it.
  test("never throws and returns valid matches for any string", () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 50 }), (text, limit) => {
        expectValid(text, diagnose(index, text, { limit }), limit);
      }),
      { numRuns: 400 },
    );
  });

  test("answers [] for input that is not a string at all", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === "string") return;
        expect(diagnose(index, value)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test("finds a scenario in a paste wrapped in control characters, RTL marks and emoji", () => {
    const junk = "\u0000\u202e\ud800😀\u001b[31m";
    const [top] = diagnose(index, `${junk}Max Record size Exceeded${junk}`);
    expect(top?.id).toBeDefined();
    expect(top?.why.text.toLowerCase()).toContain("max record size exceeded");
  });

  test.each(hugeInputs())("answers $name with valid matches, searching only the first 64 KB", ({ text }) => {
    expectValid(text, diagnose(index, text), 5);
  });
});
