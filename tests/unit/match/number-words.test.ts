import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, tokenize, type MatchDoc } from "@/lib/match";
import { withGlossary } from "@/lib/match/limit-index";
import { findNumbers } from "@/lib/match/paste-numbers";
import { fixtureDocs } from "./fixture";

const read = (text: string) => findNumbers(tokenize(text), text).map((n) => [n.value, n.unit]);

test("numbers written in words are read like digits", () => {
  expect(read("all twenty of our surveys")).toEqual([[20, "count"]]);
  expect(read("twenty-five thousand records")).toEqual([[25000, "count"]]);
  expect(read("twenty five thousand records")).toEqual([[25000, "count"]]);
  expect(read("a dozen dispatches, two hundred rows")).toEqual([[12, "count"], [200, "count"]]);
  expect(read("eighteen hours later")).toEqual([[18 * 3600, "time"]]);
  // "a" is one only before a scale word; words that are not numbers are not read.
  expect(read("a request with someone")).toEqual([]);
});

test("a decimal glued to its multiplier is read whole", () => {
  expect(read("1.5k rows")).toEqual([[1500, "count"]]);
  expect(read("2.25k rows")).toEqual([[2250, "count"]]);
});

test("'more than' a limit's own number passes it; the number alone does not", () => {
  const index = buildMatchIndex(fixtureDocs);
  const limitHit = (text: string) => diagnose(index, text).find((m) => m.why.kind === "limit")?.slug;
  expect(limitHit("we send more than 18000 records in one go")).toBe("acme/max-records");
  expect(limitHit("we send over 15 dispatches per call")).toBe("acme/max-dispatches");
  expect(limitHit("we send 18000 records in one go")).toBeUndefined();
  expect(limitHit("we sent twenty dispatches in one call")).toBe("acme/max-dispatches");
  expect(limitHit("we sent twelve dispatches in one call")).toBeUndefined();
});

test("a limit is also found by the words its system's glossary gives for its word", () => {
  expect(withGlossary(["records"], [{ term: "records", also: ["Datensätze", "rows"] }, { term: "token", also: ["jeton"] }])).toEqual(["records", "Datensätze", "rows"]);
  const docs: MatchDoc[] = fixtureDocs.map((d) => (d.system === "acme" ? { ...d, glossary: [{ term: "records", also: ["Datensätze"] }] } : d));
  const index = buildMatchIndex(docs);
  const limitHit = (text: string) => diagnose(index, text).find((m) => m.why.kind === "limit")?.slug;
  expect(limitHit("wir schicken 25.000 Datensätze")).toBe("acme/max-records");
  expect(diagnose(buildMatchIndex(fixtureDocs), "wir schicken 25.000 Datensätze").find((m) => m.why.kind === "limit")).toBeUndefined();
});
