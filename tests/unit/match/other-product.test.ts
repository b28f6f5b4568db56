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

test("a sentence's first word names a foreign product when a catalog word follows it in prose", () => {
  expect(read("Zendesk invitations stopped going out").count).toBe(1);
  expect(read("It was fine. Zendesk dispatch is paused now").count).toBe(1);
  // English openers, inflected words, a name after a title, a table's first cell, a function word next: not.
  expect(read("Since invitations stopped going out").count).toBe(0);
  expect(read("Kal invitations nahi gaye").count).toBe(0);
  expect(read("Unhandled dispatch exception").count).toBe(0);
  expect(read("our customer Mrs. Adeyemi invitations stopped").count).toBe(0);
  expect(read("Winter invitations\tstopped\t12").count).toBe(0);
  expect(read("Zendesk the invitations stopped").count).toBe(0);
});

test("recall stays silent on a paste opening with a product the catalog does not know", () => {
  // Recall needs the systems' product descriptions (recall.test.ts).
  const index = buildMatchIndex(fixtureDocs.map((d) => ({ ...d, product: d.system === "acme" ? "invitations sent by email" : "notifications sent by email" })));
  const paraphrase = "invites stopped, the API says the bearer token is no good since this morning";
  const recalled = diagnose(index, `our ${paraphrase}`);
  expect(recalled[0]?.slug).toBe("acme/auth-failed");
  expect(recalled[0]?.score ?? 1).toBeLessThan(index.threshold);
  expect(diagnose(index, `Zendesk ${paraphrase}`)).toEqual([]);
  // The same opening word read as English (an opener) leaves recall as it was.
  expect(diagnose(index, `Yesterday ${paraphrase}`)[0]?.slug).toBe("acme/auth-failed");
});

test("a CamelCase name in prose with a hump the catalog never uses is a foreign name", () => {
  // The tokenizer splits humps into words of their own: the whole name is only seen here.
  expect(read("SendGrid dropped the invitations").count).toBe(1);
  expect(read("the invitations from our HubSpot workflow stopped").count).toBe(1);
  // Humps the catalog uses (its own compound names), or a class in a log (no prose around it): not.
  expect(read("the dispatchRequest was paused").count).toBe(0);
  expect(read("DispatchRequest was paused").count).toBe(0);
  expect(read("at System.GridHub.Send(dispatch)").count).toBe(0);
});

test("a line in another language, a CSV row or a dotted identifier holds no foreign names", () => {
  expect(read("Benachrichtigung invitations im dispatch").count).toBe(0);
  expect(read("das Acme Teleconference ist paused").count).toBe(0);
  expect(read("Winter invitations,Acme,412").count).toBe(0);
  expect(read("Last invitations stopped").count).toBe(0);
  // The same words as English prose do hold one.
  expect(read("Benachrichtigung invitations in the dispatch").count).toBe(1);
  expect(read("the Acme Teleconference is paused").count).toBe(1);
});
