import { expect, test } from "vitest";
import { buildMatchIndex } from "@/lib/match";
import { explainedShare } from "@/lib/match/bow";
import { analyseQuery } from "@/lib/match/query";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const doc = fixtureDocs.findIndex((d) => d.id === "beta/failed");
const share = (text: string) => {
  const { words } = analyseQuery(index, text);
  return explainedShare(index, doc, words, { from: 0, to: words.length });
};

test("a system's one-word name is a name; its multi-word aliases stay words", () => {
  const stem = (w: string) => index.stemIds.get(index.analyzer.stem(w)) ?? -1;
  expect(index.nameStems.has(stem("beta"))).toBe(true);
  expect(index.nameStems.has(stem("communication"))).toBe(false);
});

test("a system's name explains less of a paste than the scenario's own words: it says which system, not which problem", () => {
  // "Beta" is rarer in the fixture's texts than "notification", so by weight alone it would explain more.
  expect(index.idf[index.stemIds.get("beta") ?? -1] ?? 0).toBeGreaterThan(index.idf[index.stemIds.get(index.analyzer.stem("notification")) ?? -1] ?? 0);
  expect(share("Beta frobnicator")).toBeLessThan(share("notification frobnicator"));
});
