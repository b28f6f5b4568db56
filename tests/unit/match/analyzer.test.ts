import { expect, test } from "vitest";
import { buildMatchIndex, defaultAnalyzer, diagnose, englishStem, type Analyzer } from "@/lib/match";
import { fixtureDocs } from "./fixture";

// The stemmer is a seam: an index built with another analyzer reads pastes with it. This fake maps
// every "record…" word and the word "pterodactyl" to one stem, which no real stemmer would do.
const pterodactyl: Analyzer = {
  tokenize: defaultAnalyzer.tokenize,
  stem: (word) => (word.startsWith("record") || word === "pterodactyl" ? "pterodactyl" : englishStem(word)),
};

test("an injected stemmer is used for both the catalog and the paste", () => {
  // Three words the scenario's own texts use: a paste naming no system needs that many (UNNAMED_AGREEING).
  const query = "pterodactyl size carried";
  expect(diagnose(buildMatchIndex(fixtureDocs), query)).toEqual([]);
  expect(diagnose(buildMatchIndex(fixtureDocs, { analyzer: pterodactyl }), query)[0]?.slug).toBe("acme/max-records");
});

test("an injected tokenizer is used too", () => {
  const shouting: Analyzer = {
    stem: englishStem,
    // Reads "MAXRECORD" as the two words the catalog writes.
    tokenize: (text) => defaultAnalyzer.tokenize(text.replace(/MAXRECORD/g, "Max Record")),
  };
  expect(diagnose(buildMatchIndex(fixtureDocs, { analyzer: shouting }), "MAXRECORD size Exceeded")[0]?.slug).toBe("acme/max-records");
});

test("the default stemmer is Porter 2: forms of a word meet, words with digits stay whole", () => {
  expect(englishStem("rejected")).toBe(englishStem("rejects"));
  expect(englishStem("queued")).toBe(englishStem("queue"));
  expect(englishStem("generously")).toBe("generous"); // Porter 2's own example; Porter 1 gives "gener"
  expect(englishStem("4xx")).toBe("4xx");
});

test("irregular verb forms meet their base form; sent stays apart from send (two statuses)", () => {
  expect(englishStem("found")).toBe(englishStem("finding"));
  expect(englishStem("thrown")).toBe(englishStem("throws"));
  expect(englishStem("sent")).not.toBe(englishStem("send"));
});
