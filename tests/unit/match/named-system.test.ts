import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
import { mentionedSystems } from "@/lib/match/diagnose";
import { POSSIBLE_FLOOR } from "@/lib/match/tunables";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const paraphrase = "the invitations stopped going out";

test("a paraphrase under the threshold is shown, as possible, when the paste names its system", () => {
  const unnamed = diagnose(index, paraphrase, { threshold: 0 })[0];
  const named = diagnose(index, `Acme: ${paraphrase}`, { threshold: 0 })[0];
  expect(unnamed?.slug).toBe("acme/dispatch-paused");
  expect(named?.slug).toBe("acme/dispatch-paused");
  // A threshold above both scores: only the paste naming the scenario's system still gets an answer.
  const threshold = Math.max(unnamed?.score ?? 0, named?.score ?? 0) + 0.01;
  expect(named?.score ?? 0).toBeGreaterThanOrEqual(POSSIBLE_FLOOR);
  expect(diagnose(index, paraphrase, { threshold })).toEqual([]);
  const shown = diagnose(index, `Acme: ${paraphrase}`, { threshold });
  expect(shown[0]?.slug).toBe("acme/dispatch-paused");
  expect(shown[0]?.confidence).toBe("possible");
});

test("naming another system does not lower the bar", () => {
  const other = diagnose(index, `Beta: ${paraphrase}`, { threshold: 0 })[0];
  expect(other?.slug).toBe("acme/dispatch-paused");
  expect(diagnose(index, `Beta: ${paraphrase}`, { threshold: (other?.score ?? 0) + 0.01 })).toEqual([]);
});

test("a glossary word standing for a system's alias names that system: comms is Beta's communication log", () => {
  const docs = fixtureDocs.map((d) => (d.system === "beta" ? { ...d, glossary: [{ term: "communication log", also: ["comms"] }, { term: "notification", also: ["notif"] }] } : d));
  const withComms = buildMatchIndex(docs);
  expect([...mentionedSystems(withComms, "stuck in the comms")]).toEqual(["beta"]);
  // A glossary word for a term that is no alias names nothing.
  expect([...mentionedSystems(withComms, "the notif is stuck")]).toEqual([]);
  expect([...mentionedSystems(index, "stuck in the comms")]).toEqual([]);
});

test("a system's name alone is no evidence: without the name the paste's words must still point to the scenario", () => {
  const nameOnly = "Beta Mail cafeteria menu";
  const withWords = "Beta mail server cafeteria";
  const scores = [nameOnly, withWords].map((t) => diagnose(index, t, { threshold: 0 })[0]);
  expect(scores.map((m) => m?.slug)).toEqual(["beta/auth-failed", "beta/auth-failed"]);
  const threshold = Math.max(...scores.map((m) => m?.score ?? 0)) + 0.01;
  expect(diagnose(index, nameOnly, { threshold })).toEqual([]);
  expect(diagnose(index, withWords, { threshold })[0]?.slug).toBe("beta/auth-failed");
});
