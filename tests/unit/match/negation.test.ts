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
