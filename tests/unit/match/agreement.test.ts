import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
import { agreement, agreeingWords } from "@/lib/match/agreement";
import { analyseQuery } from "@/lib/match/query";
import { AGREEING_WORDS, POSSIBLE_FLOOR, UNNAMED_AGREEING } from "@/lib/match/tunables";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const docOf = (slug: string) => index.docs.findIndex((d) => d.id === slug);
const agreeing = (text: string, slug: string) => agreeingWords(index, analyseQuery(index, text).words, docOf(slug));

// Both name no system and point to the same scenario; the first says more of what its texts say.
const several = "the administrator stopped our invitations, records get skipped from that dispatch";
const fewer = "the administrator stopped our invitations from that dispatch";

test("uncommon words the paste shares with a scenario's own texts are counted once each", () => {
  expect(agreeing(several, "acme/dispatch-paused")).toBeGreaterThanOrEqual(AGREEING_WORDS);
  expect(agreeing(fewer, "acme/dispatch-paused")).toBeLessThan(AGREEING_WORDS);
  expect(agreeing(`${fewer} ${fewer}`, "acme/dispatch-paused")).toBe(agreeing(fewer, "acme/dispatch-paused"));
  // Another scenario's texts do not say these words.
  expect(agreeing(several, "beta/auth-failed")).toBeLessThan(AGREEING_WORDS);
});

test("under the threshold, a best match its paste agrees with in several words is shown as possible", () => {
  const best = [several, fewer].map((t) => diagnose(index, t, { threshold: 0 })[0]);
  expect(best.map((m) => m?.slug)).toEqual(["acme/dispatch-paused", "acme/dispatch-paused"]);
  for (const m of best) expect(m?.score ?? 0).toBeGreaterThanOrEqual(POSSIBLE_FLOOR);
  // A threshold above both scores: only the paste agreeing in enough words still gets an answer.
  const threshold = Math.max(...best.map((m) => m?.score ?? 0)) + 0.01;
  const shown = diagnose(index, several, { threshold });
  expect(shown[0]?.slug).toBe("acme/dispatch-paused");
  expect(shown[0]?.confidence).toBe("possible");
  expect(diagnose(index, fewer, { threshold })).toEqual([]);
});

test("a best match on shared words, in a paste naming no system, needs UNNAMED_AGREEING of them, or all its uncommon words, even above the threshold", () => {
  const few = "token expired zorbx";
  const scored = diagnose(index, few, { threshold: 0 })[0];
  expect(scored?.slug).toBe("acme/auth-failed");
  expect(scored?.score ?? 0).toBeGreaterThanOrEqual(index.threshold);
  const words = analyseQuery(index, few).words;
  const { shared, of } = agreement(index, words, docOf("acme/auth-failed"));
  expect(shared).toBeLessThan(UNNAMED_AGREEING);
  expect(shared).toBeLessThan(of);
  expect(diagnose(index, few)).toEqual([]);
  // One more of the scenario's words, and it is matched.
  const more = "bearer token expired zorbx";
  expect(agreeing(more, "acme/auth-failed")).toBeGreaterThanOrEqual(UNNAMED_AGREEING);
  expect(diagnose(index, more)[0]?.slug).toBe("acme/auth-failed");
  // Naming the system, the same words are enough (the named-system rules apply instead).
  expect(diagnose(index, `Acme ${few}`)[0]?.slug).toBe("acme/auth-failed");
  // A fragment all of whose uncommon words are the scenario's is matched with fewer.
  const fragment = "records were skipped";
  const f = agreement(index, analyseQuery(index, fragment).words, docOf("acme/dispatch-paused"));
  expect(f.shared).toBeLessThan(UNNAMED_AGREEING);
  expect(f.shared).toBe(f.of);
  expect(diagnose(index, fragment, { threshold: 0 })[0]?.score ?? 0).toBeGreaterThanOrEqual(index.threshold);
  expect(diagnose(index, fragment)[0]?.slug).toBe("acme/dispatch-paused");
});

test("under the threshold, agreeing words do not stand for a paste that names a product the catalog does not know", () => {
  const best = diagnose(index, several, { threshold: 0 })[0];
  const threshold = (best?.score ?? 0) + 0.01;
  expect(diagnose(index, several, { threshold })[0]?.slug).toBe("acme/dispatch-paused");
  // The same words about a product this catalog does not cover ("Zorbly"): about that product, not this catalog.
  const other = `${several} in our Zorbly account`;
  expect(agreeing(other, "acme/dispatch-paused")).toBeGreaterThanOrEqual(AGREEING_WORDS);
  expect(diagnose(index, other, { threshold: 0 })[0]?.slug).toBe("acme/dispatch-paused");
  expect(diagnose(index, other, { threshold: Math.max(threshold, (diagnose(index, other, { threshold: 0 })[0]?.score ?? 0) + 0.01) })).toEqual([]);
  // A lower-case word the catalog does not know is no name: still shown.
  const plain = `${several} in our zorbly account`;
  expect(diagnose(index, plain, { threshold: Math.max(threshold, (diagnose(index, plain, { threshold: 0 })[0]?.score ?? 0) + 0.01) })[0]?.slug).toBe("acme/dispatch-paused");
});
