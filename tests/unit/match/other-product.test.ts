import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, tokenize } from "@/lib/match";
import { analyseQuery } from "@/lib/match/query";
import { foreignNames, namesOtherProduct } from "@/lib/match/recall";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const paraphrase = "the invitations stopped going out";
const read = (text: string) => {
  const { tokens, words } = analyseQuery(index, text);
  return { count: foreignNames(index, tokens, text, words), other: namesOtherProduct(index, tokens, text, words, "acme") };
};

test("a system's name followed by a name the catalog never uses names another product of its vendor", () => {
  expect(read(`Acme Teleconference: ${paraphrase}`).other).toBe(true);
  expect(read(`our Acme Teleconference: ${paraphrase}`).other).toBe(true);
  // The system's own multi-word name, a catalog word after the name, or the foreign name elsewhere: not.
  expect(read(`Acme Dispatch: ${paraphrase}`).other).toBe(false);
  expect(read(`Acme Invitations: ${paraphrase}`).other).toBe(false);
  expect(read(`Acme: ${paraphrase} since we moved to Teleconference`).other).toBe(false);
  // ...nor a typo of a catalog word after the name.
  expect(read(`Acme Invitatons: ${paraphrase}`).other).toBe(false);
});

test("a paraphrase naming another product of the system's vendor loses the named-system floor", () => {
  const named = diagnose(index, `Acme: ${paraphrase}`, { threshold: 0 })[0];
  const other = diagnose(index, `Acme Teleconference: ${paraphrase}`, { threshold: 0 })[0];
  expect(named?.slug).toBe("acme/dispatch-paused");
  expect(other?.slug).toBe("acme/dispatch-paused");
  const threshold = Math.max(named?.score ?? 0, other?.score ?? 0) + 0.01;
  expect(diagnose(index, `Acme: ${paraphrase}`, { threshold })[0]?.slug).toBe("acme/dispatch-paused");
  expect(diagnose(index, `Acme Teleconference: ${paraphrase}`, { threshold })).toEqual([]);
});

test("capitalised words that grammar or layout capitalise are no foreign names", () => {
  // German nouns after a German function word or a number, a table's next cell, a log's quoted class, a month.
  expect(read("die Benachrichtigung ist paused").count).toBe(0);
  expect(read("since 4 Stunden the dispatch is paused").count).toBe(0);
  expect(read("Status\tStarted\tAudience").count).toBe(0);
  expect(read("executing 'Functions.Dispatch' (Succeeded").count).toBe(0);
  expect(read("the dispatch is paused since 27 Nov").count).toBe(0);
  // A title-cased typo of a catalog word is that word.
  expect(read("Max Recrod size Exceded").count).toBe(0);
  // A product named in running English still counts.
  expect(read("the dispatch is paused in the Teleconference app").count).toBe(1);
  expect(foreignNames(index, tokenize("can't log in to the Zendesk agent workspace"), "can't log in to the Zendesk agent workspace")).toBe(1);
});
