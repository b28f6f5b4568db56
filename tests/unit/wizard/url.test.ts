import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildFlow, decodeState, encodeState, walkFlow, wizardHref, type WizardState } from "@/lib/wizard";
import { systemStartHref } from "@/lib/wizard/href";
import { fixtureCatalog } from "./fixture-catalog";

const flow = buildFlow(fixtureCatalog());
const decode = (query: string) => decodeState(flow, new URLSearchParams(query));

describe("encoding a state in the URL", () => {
  test("round-trips every state reachable in the real catalog", () => {
    const realFlow = buildFlow(loadCatalog(process.cwd(), "agent").catalog);
    const screens = [...walkFlow(realFlow).screens.values()];
    expect(screens.length).toBeGreaterThan(100);
    for (const { state } of screens) {
      expect(decodeState(realFlow, new URLSearchParams(encodeState(state)))).toEqual({ state, notices: [] });
    }
  });

  test("writes the params in a fixed, readable order with the scenario's slash kept", () => {
    const state: WizardState = { step: "escalation", system: "acme", group: "rejected", scenario: "acme/too-big", n: 1 };
    expect(wizardHref(state)).toBe("/diagnose?system=acme&group=rejected&scenario=acme/too-big&n=1&solved=no");
  });

  test("the light link into one system's first question (for search results) is the one the wizard encodes, and it decodes to that question", () => {
    expect(systemStartHref("acme")).toBe(wizardHref({ step: "group", system: "acme" }));
    expect(decode(systemStartHref("acme").split("?")[1] ?? "").state).toEqual({ step: "group", system: "acme" });
  });

  test("gives the bare path for the start", () => {
    expect(wizardHref({ step: "system" })).toBe("/diagnose");
  });

  test("keeps a paste in q, with spaces and symbols intact", () => {
    const state: WizardState = { step: "system", paste: "Error: 413 & <Too big> 100%" };
    expect(decode(encodeState(state))).toEqual({ state, notices: [] });
  });

  test("reads Next.js searchParams objects as well as URLSearchParams", () => {
    expect(decodeState(flow, { system: "acme", group: "rejected" }).state).toEqual({ step: "scenario", system: "acme", group: "rejected" });
  });

  test("finds the system and group from a scenario id alone", () => {
    expect(decode("scenario=acme/queue-full").state).toEqual({
      step: "result",
      system: "acme",
      group: "stuck",
      scenario: "acme/queue-full",
      n: 0,
    });
  });

  test("takes the first value of a repeated param", () => {
    expect(decodeState(flow, { system: ["acme", "other"] }).state).toEqual({ step: "group", system: "acme" });
  });
});

describe("tampered params fall back to the nearest valid step with a notice", () => {
  test("an unknown product goes back to choosing the product", () => {
    expect(decode("system=nope&group=rejected")).toEqual({
      state: { step: "system" },
      notices: ["We couldn't find the product “nope”, so you're back at choosing the product."],
    });
  });

  test("an unknown stage goes back to choosing the stage, named in the system's own word", () => {
    expect(decode("system=acme&group=xyz&scenario=acme/too-big")).toEqual({
      state: { step: "group", system: "acme" },
      notices: ["We couldn't find the stage “xyz”, so you're back at choosing the stage."],
    });
  });

  test("a scenario from another group goes back to choosing what you see", () => {
    const { state, notices } = decode("system=acme&group=rejected&scenario=acme/queue-full");
    expect(state).toEqual({ step: "scenario", system: "acme", group: "rejected" });
    expect(notices).toEqual([
      "We couldn't find “acme/queue-full” under “The request was rejected”, so you're back at choosing what you see.",
    ]);
  });

  test("a suggestion number out of range goes back to the cause the customer chose", () => {
    const { state, notices } = decode("system=acme&group=rejected&scenario=acme/too-big&n=9&solved=no");
    expect(state).toEqual({ step: "result", system: "acme", group: "rejected", scenario: "acme/too-big", n: 0 });
    expect(notices[0]).toMatch(/couldn't find suggestion “9”/);
  });

  test("a non-numeric suggestion is refused too", () => {
    expect(decode("scenario=acme/too-big&n=-1").notices).toHaveLength(1);
    expect(decode("scenario=acme/too-big&n=1e0").notices).toHaveLength(1);
  });

  test("an unreadable answer goes back to the question", () => {
    const { state, notices } = decode("scenario=acme/too-big&solved=maybe");
    expect(state.step).toBe("result");
    expect(notices).toEqual(["We couldn't read the answer “maybe”, so you're back at “Did this solve it?”."]);
  });

  test("a very long value is quoted back shortened", () => {
    const { notices } = decode(`system=${"x".repeat(500)}`);
    expect(notices[0]?.length).toBeLessThan(160);
  });

  test("valid params produce no notice", () => {
    expect(decode("system=acme&group=rejected&scenario=unknown&solved=yes").notices).toEqual([]);
  });
});
