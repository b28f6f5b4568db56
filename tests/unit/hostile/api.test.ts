import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { indexForCatalog, MAX_INPUT_BYTES } from "@/lib/match";
import { answerGet, answerPost, type ApiAnswer } from "@/lib/match/api";
import { hostileText } from "./arbitraries";

const index = indexForCatalog(loadCatalog(process.cwd(), "customer").catalog);

function expectAnswer(a: ApiAnswer): void {
  expect([200, 400, 413]).toContain(a.status);
  if (a.status === 200) expect(Array.isArray(a.body.matches)).toBe(true);
  else {
    expect(typeof a.body.error).toBe("string");
    expect(a.body.error).not.toMatch(/\n\s+at /);
  }
}

/** Bodies a client might send: JSON of any shape, broken JSON, and raw hostile text. */
const body = fc.oneof(
  hostileText,
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ text: fc.oneof(hostileText, fc.jsonValue()), limit: fc.oneof(fc.integer(), hostileText, fc.constant(undefined)) }).map((v) => JSON.stringify(v)),
  hostileText.map((text) => JSON.stringify({ text })),
  hostileText.map((text) => `{"text": "${text}"`),
);

describe("the diagnose API's answers to hostile requests", () => {
  test("any POST body gets a 200 with matches or a 400/413 with an error, never a throw", () => {
    fc.assert(fc.property(body, (b) => expectAnswer(answerPost(index, b))), { numRuns: 500 });
  });

  test("any GET query gets a 200 with matches or a 400/413 with an error, never a throw", () => {
    fc.assert(fc.property(hostileText, (query) => expectAnswer(answerGet(index, new URLSearchParams(query)))), { numRuns: 300 });
  });

  test("text over 64 KB is a 413 that says how to fix it", () => {
    const answer = answerPost(index, JSON.stringify({ text: "x".repeat(MAX_INPUT_BYTES + 1) }));
    expect(answer).toEqual({ status: 413, body: { error: expect.stringMatching(/larger than 65536 bytes/) } });
  });

  test("multi-byte text is measured in bytes, not characters", () => {
    expect(answerPost(index, JSON.stringify({ text: "€".repeat(MAX_INPUT_BYTES / 3 + 1) })).status).toBe(413);
    expect(answerPost(index, JSON.stringify({ text: "€".repeat(MAX_INPUT_BYTES / 4) })).status).toBe(200);
  });
});
