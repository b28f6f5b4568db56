import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { advance, back, buildFlow, buildScreen, decodeState, encodeTicks, walkFlow, type WizardState } from "@/lib/wizard";
import { pasteHref, URL_PASTE_MAX } from "@/lib/wizard/paste";
import { fixtureCatalog, fixtureScenario, fixtureSystem } from "./fixture-catalog";

const flow = buildFlow(fixtureCatalog());

describe("a question with one answer is skipped", () => {
  test("a group holding one scenario opens its root cause, and the screen says so", () => {
    const state = advance(flow, { step: "group", system: "acme" }, { type: "group", id: "stuck" });
    expect(state).toEqual({ step: "result", system: "acme", group: "stuck", scenario: "acme/queue-full", n: 0 });
    const screen = buildScreen(flow, { state, notices: [] });
    expect(screen.notices).toContain("Only one cause fits: Queue full.");
    // Back skips the question that was never asked.
    expect(back(flow, state)).toEqual({ step: "group", system: "acme" });
  });

  test("a system with one group goes straight to its scenarios, named in the system's word", () => {
    const one = buildFlow(fixtureCatalog([fixtureScenario("a", { title: "A" }), fixtureScenario("b", { title: "B" })]));
    const state = advance(one, { step: "system" }, { type: "system", id: "acme" });
    expect(state).toEqual({ step: "scenario", system: "acme", group: "rejected" });
    expect(buildScreen(one, { state, notices: [] }).notices).toContain("Only one stage fits: The request was rejected.");
    expect(back(one, state)).toEqual({ step: "system" });
  });

  test("a link to a skipped question lands on the step after it", () => {
    expect(decodeState(flow, { system: "acme", group: "stuck" }).state.step).toBe("result");
  });

  test("in the real catalog, no screen asks a question with a single answer", () => {
    const real = buildFlow(loadCatalog(process.cwd(), "customer").catalog);
    for (const screen of walkFlow(real).screens.values()) {
      if (screen.view.kind === "group" || screen.view.kind === "scenario") expect(screen.view.choices.length, screen.title).toBeGreaterThan(1);
    }
  });
});

describe("I'm not sure", () => {
  test("is offered at the product, group and scenario questions", () => {
    const system = buildScreen(flow, { state: { step: "system" }, notices: [] }).view;
    const group = buildScreen(flow, { state: { step: "group", system: "acme" }, notices: [] }).view;
    const scenario = buildScreen(flow, { state: { step: "scenario", system: "acme", group: "rejected" }, notices: [] }).view;
    expect(system.kind === "system" && system.unsure.label).toBe("I'm not sure");
    expect(group.kind === "group" && group.unsure.label).toBe("I'm not sure");
    expect(scenario.kind === "scenario" && scenario.unknown.label).toMatch(/^I'm not sure/);
  });

  test("at the group question it lists each group's advice and opens that group's checklist", () => {
    const unsure = advance(flow, { step: "group", system: "acme" }, { type: "unsure" });
    expect(unsure).toEqual({ step: "unsure", system: "acme" });
    const screen = buildScreen(flow, decodeState(flow, new URLSearchParams("system=acme&unsure=yes")));
    if (screen.view.kind !== "unsure") throw new Error(screen.view.kind);
    expect(screen.view.choices.map((c) => c.hint)).toEqual(["Follow every step below.", "The API answered 200."]);
    expect(screen.view.escalation?.contact).toBe("help@acme.test");
    expect(advance(flow, unsure, { type: "group", id: "rejected" })).toEqual({ step: "checklist", system: "acme", group: "rejected" });
  });

  test("for WXM, the stage of API rejections carries the seed's advice to follow its scenarios as one checklist", () => {
    const real = buildFlow(loadCatalog(process.cwd(), "customer").catalog);
    const screen = buildScreen(real, decodeState(real, { system: "wxm", unsure: "yes" }));
    if (screen.view.kind !== "unsure") throw new Error(screen.view.kind);
    // The seed's own words: "...unsure as to the reason for failure, it is advisable to follow the remedial steps ... as a checklist".
    const seed = readFileSync("../shared/seeds/000_05c2701bc14af92d.txt", "utf8");
    expect(seed).toMatch(/unsure as to the reason for failure, it is advisable to follow the remedial steps of all five scenarios as a checklist/);
    expect(screen.view.choices.some((c) => /unsure/.test(c.hint) && /remedial steps .* as a checklist/.test(c.hint))).toBe(true);
  });
});

describe("the escalation screen", () => {
  test("carries the answers given on the way", () => {
    const state: WizardState = { step: "escalation", system: "acme", group: "rejected", scenario: "acme/too-big", n: 1 };
    const view = buildScreen(flow, { state, notices: [] }).view;
    if (view.kind !== "escalation") throw new Error(view.kind);
    expect(view.answers).toEqual([
      { question: "Which product is it?", answer: "Acme Messenger" },
      { question: "Where does the message stop?", answer: "The request was rejected" },
      { question: "Which of these do you see?", answer: "Too big" },
      { question: "Did “Too big” solve it?", answer: "No" },
      { question: "Did “Bad key” solve it?", answer: "No" },
    ]);
  });
});

describe("shared links carry ticks", () => {
  test("done=slug:step decodes to the scenario's known steps only", () => {
    const decoded = decodeState(flow, new URLSearchParams("system=acme&group=rejected&scenario=acme/too-big&done=too-big:first,bad-key:second,too-big:nope,other:first,junk"));
    expect(decoded.ticks).toEqual({ "acme/too-big": ["first"], "acme/bad-key": ["second"] });
    expect(encodeTicks("acme", decoded.ticks ?? {})).toBe("too-big:first,bad-key:second");
  });
});

describe("the wizard's paste link", () => {
  test("masks personal data and says when the paste was shortened, so a URL never holds it raw or grows past the limit", () => {
    const href = pasteHref(`mail from ann@example.org failed ${"x ".repeat(2000)}`);
    const q = new URLSearchParams(href.split("?")[1]).get("q") ?? "";
    expect(q).not.toContain("ann@example.org");
    expect(q.length).toBeLessThanOrEqual(URL_PASTE_MAX);
    expect(href).toContain("cut=yes");
    const decoded = decodeState(flow, new URLSearchParams(href.split("?")[1]));
    expect(decoded.notices.join(" ")).toMatch(/paste was long/);
    expect(pasteHref("short paste")).toBe("/diagnose?q=short+paste");
  });
});

describe("fixture sanity", () => {
  test("the fixture system declares the groups these tests rely on", () => {
    expect(fixtureSystem().groups.map((g) => g.id)).toEqual(["rejected", "stuck"]);
  });
});
