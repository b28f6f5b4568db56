import { candidates, findGroup, findSystem, type Flow } from "./flow";

/** The answer "I don't know / none of these" in place of a scenario id (ids always contain a slash). */
export const UNKNOWN = "unknown";

/**
 * Where the customer is. `scenario` is the scenario they chose, or UNKNOWN; `n` is which candidate is
 * shown (0 = the one they chose, 1 = the next most likely after they answered No).
 */
export type WizardState =
  | { step: "system"; paste?: string }
  | { step: "group"; system: string }
  /** "I'm not sure" at the group question: each group's advice and its checklist. */
  | { step: "unsure"; system: string }
  | { step: "scenario"; system: string; group: string }
  | { step: "result"; system: string; group: string; scenario: string; n: number }
  | { step: "checklist"; system: string; group: string }
  | { step: "solved"; system: string; group: string; scenario: string; n: number }
  | { step: "escalation"; system: string; group: string; scenario: string; n: number };

export type WizardEvent =
  | { type: "system"; id: string }
  | { type: "group"; id: string }
  | { type: "scenario"; id: string }
  | { type: "unknown" }
  | { type: "unsure" }
  | { type: "solved"; answer: "yes" | "no" };

export const START: WizardState = { step: "system" };

/**
 * A question with one answer is not asked: a system with one group goes straight to its scenarios,
 * a group with one scenario straight to its root cause. Pure; the screen says what was skipped.
 */
export function skipSingles(flow: Flow, state: WizardState): WizardState {
  if (state.step === "group") {
    const groups = findSystem(flow, state.system)?.groups ?? [];
    const only = groups.length === 1 ? groups[0] : undefined;
    return only ? skipSingles(flow, { step: "scenario", system: state.system, group: only.id }) : state;
  }
  if (state.step === "scenario") {
    const scenarios = findGroup(findSystem(flow, state.system), state.group)?.scenarios ?? [];
    const only = scenarios.length === 1 ? scenarios[0] : undefined;
    return only ? { ...state, step: "result", scenario: only.id, n: 0 } : state;
  }
  return state;
}

/** Whether the customer would never see this state's question, because it has one answer. */
function skipped(flow: Flow, state: WizardState): boolean {
  return (state.step === "group" || state.step === "scenario") && skipSingles(flow, state) !== state;
}

/** The next state, or the same state when the event does not apply to this step. Pure. */
export function advance(flow: Flow, state: WizardState, event: WizardEvent): WizardState {
  return skipSingles(flow, step(flow, state, event));
}

function step(flow: Flow, state: WizardState, event: WizardEvent): WizardState {
  switch (state.step) {
    case "system":
      return event.type === "system" ? { step: "group", system: event.id } : state;
    case "group":
      if (event.type === "unsure") return { step: "unsure", system: state.system };
      return event.type === "group" ? { step: "scenario", system: state.system, group: event.id } : state;
    case "unsure":
      return event.type === "group" ? { step: "checklist", system: state.system, group: event.id } : state;
    case "scenario":
      if (event.type === "unknown") return { step: "checklist", system: state.system, group: state.group };
      if (event.type === "scenario") return { ...state, step: "result", scenario: event.id, n: 0 };
      return state;
    case "checklist":
      if (event.type !== "solved") return state;
      return { ...state, step: event.answer === "yes" ? "solved" : "escalation", scenario: UNKNOWN, n: 0 };
    case "result": {
      if (event.type !== "solved") return state;
      if (event.answer === "yes") return { ...state, step: "solved" };
      const hasNext = state.n + 1 < candidates(flow, state.scenario).length;
      return hasNext ? { ...state, n: state.n + 1 } : { ...state, step: "escalation" };
    }
    case "solved":
    case "escalation":
      return state;
  }
}

/** One step back along the path the customer took, past questions that were skipped; undefined at the start. */
export function back(flow: Flow, state: WizardState): WizardState | undefined {
  let previous = backOne(state);
  while (previous && skipped(flow, previous)) previous = backOne(previous);
  return previous;
}

function backOne(state: WizardState): WizardState | undefined {
  switch (state.step) {
    case "system":
      return undefined;
    case "group":
      return START;
    case "unsure":
      return { step: "group", system: state.system };
    case "scenario":
      return { step: "group", system: state.system };
    case "checklist":
      return { step: "scenario", system: state.system, group: state.group };
    case "result":
      return state.n > 0
        ? { ...state, n: state.n - 1 }
        : { step: "scenario", system: state.system, group: state.group };
    case "solved":
    case "escalation":
      return state.scenario === UNKNOWN
        ? { step: "checklist", system: state.system, group: state.group }
        : { ...state, step: "result" };
  }
}

export const TOTAL_STEPS = 5;

/** "Step k of 5": product, group, message, remedy, outcome. */
export function stepNumber(state: WizardState): number {
  const order: Record<WizardState["step"], number> = {
    system: 1,
    group: 2,
    unsure: 3,
    scenario: 3,
    result: 4,
    checklist: 4,
    solved: 5,
    escalation: 5,
  };
  return order[state.step];
}

/** Every path ends here: a root cause the customer confirmed, or escalation. */
export function isFinal(state: WizardState): boolean {
  return state.step === "solved" || state.step === "escalation";
}
