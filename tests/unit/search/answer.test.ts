import { describe, expect, test } from "vitest";
import { buildMatchIndex, toMatchDocs } from "@/lib/match";
import { answerQuery, createEngine, isEmptyAnswer } from "@/lib/search/answer";
import { answerSearchPost, MAX_SEARCH_BODY_BYTES } from "@/lib/search/api";
import { toSearchCards } from "@/lib/search/cards";
import { BROWSER_INDEX_MAX_GZIP, browserPayloadGzipBytes, engineModeFor } from "@/lib/search/catalog-engine";
import { fixtureCatalog } from "./fixture";

const engine = createEngine(buildMatchIndex(toMatchDocs(fixtureCatalog)), toSearchCards(fixtureCatalog));

describe("one answer for a query", () => {
  test("a paste of a scenario's message gets its card with the root cause", () => {
    const a = answerQuery(engine, "2024-03-14 ERROR Dispatch is paused for batch 42");
    expect(a.matches[0]?.match.slug).toBe("acme/dispatch-paused");
    expect(a.matches[0]?.card?.rootCause).toBe(fixtureCatalog.scenarios[0]?.summary);
    // A log line is a paste, not keywords.
    expect(a.keyword).toBeNull();
  });

  test("a short query gets keyword results too", () => {
    const a = answerQuery(engine, "Zorbix");
    expect(a.keyword?.systems.map((s) => s.id)).toEqual(["acme"]);
  });

  test("nothing matched in a description that names a system by an alias: the answer names that system, and only it", () => {
    const a = answerQuery(engine, "our people at Zorbix say that since Monday nobody gets anything from us");
    expect(a.matches).toEqual([]);
    expect(a.named.map((s) => s.id)).toEqual(["acme"]);
    expect(answerQuery(engine, "since Monday nobody gets anything from us").named).toEqual([]);
  });

  test("an empty query is an empty answer", () => {
    expect(isEmptyAnswer(answerQuery(engine, "   "))).toBe(true);
  });
});

describe("POST /api/search, for catalogs too large for the browser", () => {
  test("answers exactly what the browser would", () => {
    for (const text of ["Dispatch is paused", "Zorbix", "Sent", "nothing like it at all"]) {
      const r = answerSearchPost(engine, JSON.stringify({ text }));
      expect(r.status).toBe(200);
      expect(r.body).toEqual(JSON.parse(JSON.stringify(answerQuery(engine, text))));
    }
  });

  test.each([
    ["not json", 400],
    [JSON.stringify({ text: 5 }), 400],
    [JSON.stringify({ text: "a", extra: 1 }), 400],
    [JSON.stringify({ text: "x".repeat(MAX_SEARCH_BODY_BYTES) }), 413],
  ])("refuses %j with %i", (body, status) => {
    const r = answerSearchPost(engine, body);
    expect(r.status).toBe(status);
    expect(r.body).toHaveProperty("error");
  });

  test("the browser runs the search itself up to the size budget, and asks the server above it", () => {
    expect(engineModeFor(BROWSER_INDEX_MAX_GZIP)).toBe("browser");
    expect(engineModeFor(BROWSER_INDEX_MAX_GZIP + 1)).toBe("server");
    expect(browserPayloadGzipBytes("{}", "{}")).toBeGreaterThan(0);
  });
});
