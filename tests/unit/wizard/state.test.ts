import { describe, expect, test } from "vitest";
import { advance, back, buildFlow, buildScreen, candidates, START, type WizardState } from "@/lib/wizard";
import { fixtureCatalog } from "./fixture-catalog";

const flow = buildFlow(fixtureCatalog());

describe("the state machine", () => {
  test("walks product, stage, message, remedy and outcome", () => {
    let state: WizardState = START;
    state = advance(flow, state, { type: "system", id: "acme" });
    state = advance(flow, state, { type: "group", id: "rejected" });
    state = advance(flow, state, { type: "scenario", id: "acme/too-big" });
    expect(state).toEqual({ step: "result", system: "acme", group: "rejected", scenario: "acme/too-big", n: 0 });
    expect(advance(flow, state, { type: "solved", answer: "yes" }).step).toBe("solved");
  });

  test("No offers the next scenario of the group, then escalation", () => {
    const result: WizardState = { step: "result", system: "acme", group: "rejected", scenario: "acme/too-big", n: 0 };
    const next = advance(flow, result, { type: "solved", answer: "no" });
    expect(next).toEqual({ ...result, n: 1 });
    expect(advance(flow, next, { type: "solved", answer: "no" })).toEqual({ ...result, step: "escalation", n: 1 });
  });

  test("after the last scenario of its group, the next candidate is a related scenario", () => {
    expect(candidates(flow, "acme/bad-key").map((s) => s.id)).toEqual(["acme/bad-key", "acme/queue-full"]);
  });

  test("a scenario alone in its group with nothing related goes straight to escalation", () => {
    const result: WizardState = { step: "result", system: "acme", group: "stuck", scenario: "acme/queue-full", n: 0 };
    expect(advance(flow, result, { type: "solved", answer: "no" }).step).toBe("escalation");
  });

  test("I don't know gives the group's checklist, and No after it escalates", () => {
    const checklist = advance(flow, { step: "scenario", system: "acme", group: "rejected" }, { type: "unknown" });
    expect(checklist).toEqual({ step: "checklist", system: "acme", group: "rejected" });
    expect(advance(flow, checklist, { type: "solved", answer: "no" }).step).toBe("escalation");
  });

  test("Back retraces the path, including from the next candidate to the first", () => {
    const second: WizardState = { step: "result", system: "acme", group: "rejected", scenario: "acme/too-big", n: 1 };
    expect(back(flow, second)).toEqual({ ...second, n: 0 });
    expect(back(flow, { ...second, n: 0 })).toEqual({ step: "scenario", system: "acme", group: "rejected" });
    expect(back(flow, { step: "escalation", system: "acme", group: "rejected", scenario: "unknown", n: 0 })).toEqual({
      step: "checklist",
      system: "acme",
      group: "rejected",
    });
    expect(back(flow, START)).toBeUndefined();
  });

  test("ignores an event that does not belong to the step", () => {
    expect(advance(flow, START, { type: "unknown" })).toBe(START);
  });
});

describe("screens", () => {
  test("take questions, labels and hints from the content", () => {
    const screen = buildScreen(flow, { state: { step: "group", system: "acme" }, notices: [] });
    expect(screen.title).toBe("Where does the message stop?");
    expect(screen.progress).toEqual({ step: 2, total: 5, label: "Stage" });
    expect(screen.backHref).toBe("/diagnose");
    if (screen.view.kind !== "group") throw new Error(screen.view.kind);
    expect(screen.view.choices).toEqual([
      { href: "/diagnose?system=acme&group=rejected", label: "The request was rejected", hint: "The API answered 4XX." },
      // The group holds one scenario, so its link skips the question and opens the root cause.
      { href: "/diagnose?system=acme&group=stuck&scenario=acme/queue-full", label: "Accepted but never delivered", hint: "The API answered 200." },
    ]);
  });

  test("hint each scenario with its first signature that is not just its title", () => {
    const screen = buildScreen(flow, { state: { step: "scenario", system: "acme", group: "rejected" }, notices: [] });
    if (screen.view.kind !== "scenario") throw new Error(screen.view.kind);
    expect(screen.view.choices.map((c) => c.hint)).toEqual(["413 Payload Too Large", "Summary of bad-key."]);
    expect(screen.view.unknown.hint).toBe("Follow every step below.");
  });

  test("escalation names the contact and what to send", () => {
    const state: WizardState = { step: "escalation", system: "acme", group: "rejected", scenario: "acme/too-big", n: 1 };
    const screen = buildScreen(flow, { state, notices: [] });
    if (screen.view.kind !== "escalation") throw new Error(screen.view.kind);
    expect(screen.view.tried.map((s) => s.title)).toEqual(["Too big", "Bad key"]);
    expect(screen.view.escalations).toEqual([
      { contact: "help@acme.test", via: undefined, include: ["The request id"], scenarios: ["Too big", "Bad key"] },
    ]);
  });
});

describe("a paste", () => {
  const pasted = { state: { step: "system" as const, paste: "413 Payload Too Large" }, notices: [] };

  test("with a confident match jumps to that root cause, offering to continue step by step", () => {
    const screen = buildScreen(flow, pasted, { matches: [{ scenarioId: "acme/too-big", score: 0.9 }], threshold: 0.7 });
    expect(screen.view.kind).toBe("result");
    if (screen.view.kind !== "result") return;
    expect(screen.view.scenario.id).toBe("acme/too-big");
    expect(screen.view.continueHref).toBe("/diagnose?system=acme");
    expect(screen.backHref).toBe("/diagnose");
  });

  test("without a confident match stays at the start, with a notice and the likeliest causes as links", () => {
    const screen = buildScreen(flow, pasted, { matches: [{ scenarioId: "acme/bad-key", score: 0.3 }], threshold: 0.7 });
    expect(screen.view.kind).toBe("system");
    expect(screen.notices).toHaveLength(1);
    if (screen.view.kind !== "system") return;
    expect(screen.view.suggestions.map((c) => c.href)).toEqual(["/diagnose?system=acme&group=rejected&scenario=acme/bad-key"]);
  });
});
