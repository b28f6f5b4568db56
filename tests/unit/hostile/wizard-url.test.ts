import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildFlow, buildScreen, candidates, decodeState, encodeState, MAX_PASTE_LENGTH, UNKNOWN, type Flow, type WizardState } from "@/lib/wizard";
import { hostileText } from "./arbitraries";

const flow = buildFlow(loadCatalog(process.cwd(), "agent").catalog);
const systems = flow.systems.map((s) => s.id);
const groups = flow.systems.flatMap((s) => s.groups.map((g) => g.id));
const scenarios = flow.systems.flatMap((s) => s.groups.flatMap((g) => g.scenarios.map((sc) => sc.id)));

/** A param value: real ids (so deep steps are reached), near misses, and hostile text. */
const value = fc.oneof(
  fc.constantFrom(...systems, ...groups, ...scenarios, UNKNOWN, "yes", "no", "0", "1", "2", "999", "-1", "1e3", " yes "),
  hostileText,
);
const paramName = fc.oneof(fc.constantFrom("q", "system", "group", "scenario", "n", "solved"), hostileText);
const params = fc.dictionary(paramName, fc.oneof(value, fc.array(value, { maxLength: 3 })), { maxKeys: 8 });

/** Every id in a state exists in the flow, in the place the state puts it. */
function expectConsistent(flow: Flow, state: WizardState): void {
  if (state.step === "system") {
    expect((state.paste ?? "").length).toBeLessThanOrEqual(MAX_PASTE_LENGTH);
    return;
  }
  const system = flow.systems.find((s) => s.id === state.system);
  expect(system, `system ${state.system}`).toBeDefined();
  if (state.step === "group" || state.step === "unsure") return;
  const group = system?.groups.find((g) => g.id === state.group);
  expect(group, `group ${state.group}`).toBeDefined();
  if (state.step === "scenario" || state.step === "checklist") return;
  if (state.scenario === UNKNOWN) {
    expect(state.n).toBe(0);
    expect(["solved", "escalation"]).toContain(state.step);
    return;
  }
  expect(group?.scenarios.some((s) => s.id === state.scenario), `scenario ${state.scenario}`).toBe(true);
  expect(Number.isInteger(state.n) && state.n >= 0 && state.n < candidates(flow, state.scenario).length).toBe(true);
}

describe("decoding the wizard's URL from hostile params", () => {
  test("any params object decodes to a valid state that renders a screen", () => {
    fc.assert(
      fc.property(params, (input) => {
        const { state, notices } = decodeState(flow, input);
        expectConsistent(flow, state);
        for (const n of notices) expect(typeof n).toBe("string");
        expect(buildScreen(flow, { state, notices }).title.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  test("any query string decodes to a valid state", () => {
    fc.assert(
      fc.property(hostileText, (query) => {
        expectConsistent(flow, decodeState(flow, new URLSearchParams(query)).state);
      }),
      { numRuns: 500 },
    );
  });

  test("any value at all, not just params, decodes to the start", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expectConsistent(flow, decodeState(flow, input).state);
      }),
      { numRuns: 300 },
    );
  });

  // Pastes cut exactly at the limit (which can end in a space or half an emoji) and lone surrogates
  // (which a URL carries as U+FFFD) come back slightly different, so they are left out here.
  test("a decoded state survives encoding and decoding again, without notices", () => {
    fc.assert(
      fc.property(params, (input) => {
        const { state } = decodeState(flow, input);
        const paste = state.step === "system" ? (state.paste ?? "") : "";
        fc.pre(paste.length < MAX_PASTE_LENGTH && !/\p{Cs}/u.test(paste));
        expect(decodeState(flow, new URLSearchParams(encodeState(state)))).toEqual({ state, notices: [] });
      }),
      { numRuns: 500 },
    );
  });

  test("notices quote tampered values briefly, however long they are", () => {
    const { notices } = decodeState(flow, { system: `<script>alert(1)</script>${"x".repeat(100_000)}` });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.length).toBeLessThan(200);
  });

  test("a huge paste is cut to the wizard's limit", () => {
    const { state } = decodeState(flow, { q: "Dispatch is paused ".repeat(10_000) });
    expect(state.step === "system" && state.paste?.length).toBe(MAX_PASTE_LENGTH);
  });
});
