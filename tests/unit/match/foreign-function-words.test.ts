import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
import { defaultAnalyzer } from "@/lib/match/analyzer";
import { isStopword } from "@/lib/match/text";
import { fixtureDocs } from "./fixture";

const stem = defaultAnalyzer.stem;

test("function words of the languages users mix in are function words", () => {
  for (const w of ["unsere", "wurden", "foram", "estavam", "questo", "sono", "heeft", "worden", "nos", "ete", "kuch", "shayad"]) expect(isStopword(w, stem), w).toBe(true);
});

test("no English content word, nor a word whose stem collides, becomes one", () => {
  for (const w of ["date", "dates", "ops", "car", "met", "van", "base", "based", "waiting", "wating", "number", "matlab"]) expect(isStopword(w, stem), w).toBe(false);
});

test("a paste in Portuguese function words scores like its English skeleton", () => {
  const index = buildMatchIndex(fixtureDocs);
  const score = (text: string) => diagnose(index, text, { threshold: 0 })[0];
  const pt = score("os registros foram skipped porque o administrador paused o dispatch");
  const en = score("the registros were skipped because the administrador paused the dispatch");
  expect(pt?.slug).toBe("acme/dispatch-paused");
  expect(en?.slug).toBe("acme/dispatch-paused");
  expect(pt?.score ?? 0).toBeGreaterThanOrEqual((en?.score ?? 1) - 0.02);
});
