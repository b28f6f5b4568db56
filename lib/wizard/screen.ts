import { findScenario, findSystem, type Flow, type FlowSystem } from "./flow";
import { back, START, stepNumber, TOTAL_STEPS, type WizardState } from "./state";
import { wizardHref, type Decoded, type Ticks } from "./url";
import { resultChoice, skippedNotices, view, type Choice, type View } from "./views";

export type { Answer, Choice, View } from "./views";

export interface Screen {
  state: WizardState;
  /** The page's one <h1>, and its metadata title. */
  title: string;
  progress: { step: number; total: number; label: string };
  backHref?: string;
  startHref: string;
  notices: string[];
  view: View;
  /** Ticks a shared link carried, by scenario id. */
  ticks: Ticks;
}

const groupLabel = { stage: "Stage", status: "Status", symptom: "Symptom" } as const;

/** A paste match from the matcher, however it scores; the caller decides what counts as confident. */
export interface PasteMatch {
  scenarioId: string;
  score: number;
}

export interface PasteOptions {
  matches: readonly PasteMatch[];
  /** Scores at or above this jump straight to the root cause. */
  threshold: number;
}

const href = wizardHref;

function progressLabel(state: WizardState, system: FlowSystem | undefined): string {
  switch (state.step) {
    case "system":
      return "Product";
    case "group":
    case "unsure":
      return system ? groupLabel[system.groupBy] : "Group";
    case "scenario":
      return "What you see";
    case "result":
    case "checklist":
      return "Remedy";
    case "solved":
    case "escalation":
      return "Outcome";
  }
}

/**
 * Everything the page renders for a decoded state: the <h1>, progress, Back, notices and the choices as
 * links to the next states. A paste with a confident match jumps to that root cause.
 */
export function buildScreen(flow: Flow, decoded: Decoded, paste?: PasteOptions): Screen {
  let { state } = decoded;
  let continueHref: string | undefined;
  let suggestions: Choice[] = [];
  const notices = [...decoded.notices];
  if (state.step === "system" && state.paste && paste) {
    const ranked = [...paste.matches]
      .filter((m) => findScenario(flow, m.scenarioId))
      .sort((a, b) => b.score - a.score);
    const best = ranked[0];
    const top = best && best.score >= paste.threshold ? findScenario(flow, best.scenarioId) : undefined;
    if (top) {
      state = { step: "result", system: top.system, group: top.group, scenario: top.id, n: 0 };
      continueHref = href({ step: "group", system: top.system });
    } else {
      suggestions = ranked.slice(0, 3).flatMap((m) => {
        const s = findScenario(flow, m.scenarioId);
        return s ? [resultChoice(s)] : [];
      });
      notices.push("We couldn't match what you pasted with confidence, so answer a few questions instead.");
    }
  }
  const built = view(flow, state, suggestions);
  const system = state.step === "system" ? undefined : findSystem(flow, state.system);
  const previous = continueHref ? START : back(flow, state);
  notices.push(...skippedNotices(flow, state));
  return {
    state,
    title: built.title,
    progress: { step: stepNumber(state), total: TOTAL_STEPS, label: progressLabel(state, system) },
    backHref: previous ? href(previous) : undefined,
    startHref: href(START),
    notices,
    view: built.view.kind === "result" && continueHref ? { ...built.view, continueHref } : built.view,
    ticks: decoded.ticks ?? {},
  };
}
