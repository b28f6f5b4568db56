import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
import { analyseQuery } from "@/lib/match/query";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const stemOf = (text: string) => analyseQuery(index, text).words.map((w) => w.stem);

test("a negated contraction the catalog never writes reads as not: wasn't, isn't, doesn't", () => {
  const not = stemOf("not")[0];
  expect(not).toBeGreaterThanOrEqual(0);
  for (const word of ["wasn't", "isn’t", "doesnt"]) expect(stemOf(word)).toEqual([not]);
});

test("a paraphrase with a contraction finds the negative scenario, not its positive sibling", () => {
  const [top] = diagnose(index, "The notification wasn't sent to the designated target.");
  expect(top?.slug).toBe("beta/failed");
});

test("an HTTP status reads as its class when the catalog writes the class (401 is a 4XX)", () => {
  const docs = fixtureDocs.map((d) => (d.id === "acme/auth-failed" ? { ...d, summary: "The API rejected the request with a 4XX error code." } : d));
  const withClass = buildMatchIndex(docs);
  const [cls] = analyseQuery(withClass, "4XX").words;
  expect(cls?.stem).toBeGreaterThanOrEqual(0);
  expect(analyseQuery(withClass, "401").words[0]?.stem).toBe(cls?.stem);
  expect(analyseQuery(withClass, "201").words[0]?.stem).toBe(-1);
  expect(analyseQuery(index, "401").words[0]?.stem).toBe(-1);
});
