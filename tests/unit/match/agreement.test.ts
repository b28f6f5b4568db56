import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
import { agreeingWords } from "@/lib/match/agreement";
import { analyseQuery } from "@/lib/match/query";
import { AGREEING_WORDS, POSSIBLE_FLOOR } from "@/lib/match/tunables";
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
