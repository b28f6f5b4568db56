import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { loadCatalog } from "@/lib/content/load";
import { diagnose, indexForCatalog, MAX_INPUT_BYTES, RELEVANCE_THRESHOLD, type Match } from "@/lib/match";
import { hostileText, hostileUnits } from "./arbitraries";

const catalog = loadCatalog(process.cwd(), "agent").catalog;
const index = indexForCatalog(catalog);
const scenarioIds = new Set(catalog.scenarios.map((s) => s.id));

/** Generous on a shared 2-core machine; a regex blow-up or a quadratic loop takes far longer. */
const MAX_MS_SHORT = 500;
const MAX_MS_HUGE = 3_000;

const match = z.strictObject({
  slug: z.string(),
  id: z.string(),
  url: z.string().startsWith("/scenarios/"),
  title: z.string().min(1),
  system: z.string().min(1),
  systemName: z.string().min(1),
  score: z.number().min(RELEVANCE_THRESHOLD).max(1),
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
  }
  expect(new Set(matches.map((m) => m.id)).size).toBe(matches.length);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe("the matcher on hostile input", () => {
  test("never throws, answers in bounded time and returns valid matches for any string", () => {
    let slowest = 0;
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 50 }), (text, limit) => {
        const { value, ms } = timed(() => diagnose(index, text, { limit }));
        slowest = Math.max(slowest, ms);
        expectValid(text, value, limit);
      }),
      { numRuns: 400 },
    );
    expect(slowest).toBeLessThan(MAX_MS_SHORT);
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

  test("treats regex metacharacters as text, not as patterns", () => {
    for (const text of ["(a+)+$".repeat(500), ".*".repeat(5_000), "[".repeat(10_000), "\\".repeat(20_000)]) {
      const { value, ms } = timed(() => diagnose(index, text));
      expectValid(text, value, 5);
      expect(ms).toBeLessThan(MAX_MS_HUGE);
    }
  });

  test("finds a scenario in a paste wrapped in control characters, RTL marks and emoji", () => {
    const junk = "\u0000\u202e\ud800😀\u001b[31m";
    const [top] = diagnose(index, `${junk}Max Record size Exceeded${junk}`);
    expect(top?.id).toBeDefined();
    expect(top?.why.text.toLowerCase()).toContain("max record size exceeded");
  });

  test("handles a 1 MB single line within the time bound, searching only the first 64 KB", () => {
    const line = Array.from({ length: 1_048_576 / 16 }, (_, i) => hostileUnits[i % hostileUnits.length]).join("").padEnd(1_048_576, "x");
    const { value, ms } = timed(() => diagnose(index, line));
    expectValid(line, value, 5);
    expect(ms).toBeLessThan(MAX_MS_HUGE);
  });

  test("handles 10,000 log lines within the time bound", () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, i) => `2024-03-14T10:22:${String(i % 60).padStart(2, "0")}.123Z INFO [req ${i}] status=Sent to +4477009${String(i).padStart(5, "0")}`,
    ).join("\n");
    const { value, ms } = timed(() => diagnose(index, lines));
    expectValid(lines, value, 5);
    expect(ms).toBeLessThan(MAX_MS_HUGE);
  });

  test("handles 10,000 lines of random words and symbols within the time bound", () => {
    const words = ["Sent", "FAILED", "dispatch", "paused", "<", ">", "=", "the", "€", "😀", "\u0000", "queue"];
    const lines = Array.from({ length: 10_000 }, (_, i) => `${words[i % 12]} ${words[(i * 7) % 12]} ${words[(i * 5) % 12]}`).join("\n");
    const { value, ms } = timed(() => diagnose(index, lines));
    expectValid(lines, value, 5);
    expect(ms).toBeLessThan(MAX_MS_HUGE);
  });
});
