import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, loadIndex, serializeIndex, tokenize, type MatchDoc } from "@/lib/match";
import { foreignNames } from "@/lib/match/recall";
import { PRODUCT_EXCLUSIVE } from "@/lib/match/tunables";
import { fixtureDocs } from "./fixture";

// Acme's product is invitations, Beta's notifications; both systems' scenarios say "sent".
const docs: MatchDoc[] = fixtureDocs.map((d) => ({ ...d, product: d.system === "acme" ? "invitations sent by email" : "notifications sent by email" }));
const index = buildMatchIndex(docs);
const productWords = () => new Map([...index.productStems].map(([s, system]) => [index.stems[s], system]));
const stem = (word: string) => index.analyzer.stem(word);

test("a product word is one its own system's scenarios use and others' scarcely do", () => {
  const words = productWords();
  expect(words.get(stem("invitations"))).toBe("acme");
  expect(words.get(stem("notifications"))).toBe("beta");
  // "sent" is in the scenarios of both systems: it says nothing of which product a paste is about.
  const sentDocs = docs.filter((d) => /\bsent\b/i.test([d.title, d.summary, ...d.signatures, ...d.symptoms].join(" ")));
  expect(new Set(sentDocs.map((d) => d.system)).size).toBe(2);
  expect(sentDocs.filter((d) => d.system === "acme").length / sentDocs.length).toBeLessThan(PRODUCT_EXCLUSIVE);
  expect(words.has(stem("sent"))).toBe(false);
  // A word no scenario uses is no product word either.
  expect(words.has(stem("email"))).toBe(false);
});

test("a capitalised word inside a sentence that the catalog never uses names a foreign product", () => {
  const count = (text: string) => foreignNames(index, tokenize(text), text);
  expect(count("can't log in to the Zendesk agent workspace")).toBe(1);
  expect(count("Zendesk agents cannot log in")).toBe(0);
  expect(count("our Acme invitations stopped. Nothing works")).toBe(0);
  // Days and months are capitalised in any sentence.
  expect(count("our invites stopped since Monday and Thunderbird shows nothing")).toBe(1);
});

test("a paraphrase naming a system's product and agreeing with a scenario is recalled as possible", () => {
  const paraphrase = "our invites stopped, the API says the bearer token is no good since this morning";
  const found = diagnose(index, paraphrase);
  expect(found[0]?.slug).toBe("acme/auth-failed");
  expect(found[0]?.confidence).toBe("possible");
  expect(found[0]?.score ?? 1).toBeLessThan(index.threshold);
  // The same words without the product's word, or naming a product the catalog does not know: nothing.
  expect(diagnose(index, paraphrase.replace("invites", "reports"))).toEqual([]);
  expect(diagnose(index, paraphrase.replace("the API", "the Zendesk API"))).toEqual([]);
  // Without the product description the recall stage has no product words, and stays silent.
  expect(diagnose(buildMatchIndex(fixtureDocs), paraphrase)).toEqual([]);
});

test("the browser's copy of the index keeps the products' words", () => {
  const loaded = loadIndex(serializeIndex(index));
  expect([...loaded.productStems].map(([s, system]) => [loaded.stems[s], system]).sort()).toEqual([...productWords()].sort());
  expect(loaded.productStems.size).toBeGreaterThan(0);
});

test("a piece of a camelCase name in the product description is no product word", () => {
  const withApp: MatchDoc[] = fixtureDocs.map((d) => ({ ...d, product: d.system === "acme" ? "invitations through WhatsApp" : "" }));
  const words = (docs: MatchDoc[]) => {
    const i = buildMatchIndex(docs);
    return new Set([...i.productStems.keys()].map((s) => i.stems[s]));
  };
  // The fixture's texts use "app" as a word of its own, so that only the camelCase rule keeps it out.
  const apped: MatchDoc[] = withApp.map((d) => (d.id === "acme/waiting" ? { ...d, symptoms: [...d.symptoms, "the app shows Waiting"] } : d));
  expect(words(apped).has(stem("invitations"))).toBe(true);
  expect(words(apped).has(stem("app"))).toBe(false);
  const spaced: MatchDoc[] = apped.map((d) => (d.system === "acme" ? { ...d, product: "invitations through the app" } : d));
  expect(words(spaced).has(stem("app"))).toBe(true);
});
