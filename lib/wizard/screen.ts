import type { Accent } from "@/lib/content/schema";
import { escalationsFor, type EscalationItem } from "./escalation";
import { candidates, findGroup, findScenario, findSystem, type Flow, type FlowGroup, type FlowScenario, type FlowSystem } from "./flow";
import { advance, back, START, stepNumber, TOTAL_STEPS, UNKNOWN, type WizardState } from "./state";
import { wizardHref, type Decoded } from "./url";

export interface Choice {
  href: string;
  label: string;
  hint: string;
  badge?: { label: string; accent: Accent };
}

export type View =
  | { kind: "system"; choices: Choice[]; paste?: string; suggestions: Choice[] }
  | { kind: "group"; system: FlowSystem; choices: Choice[] }
  | { kind: "scenario"; system: FlowSystem; group: FlowGroup; choices: Choice[]; unknown: Choice }
  | {
      kind: "result";
      system: FlowSystem;
      scenario: FlowScenario;
      /** Causes already ruled out (answered No), in order. */
      ruledOut: FlowScenario[];
      yesHref: string;
      noHref: string;
      /** Where No leads: the next candidate's title, or undefined when it leads to escalation. */
      nextTitle?: string;
      escalateHref: string;
      /** Set when a confident paste match jumped straight here. */
      continueHref?: string;
    }
  | { kind: "checklist"; system: FlowSystem; group: FlowGroup; yesHref: string; noHref: string }
  | { kind: "solved"; system: FlowSystem; group: FlowGroup; scenario?: FlowScenario; ruledOut: FlowScenario[] }
  | {
      kind: "escalation";
      system: FlowSystem;
      group: FlowGroup;
      tried: FlowScenario[];
      escalations: EscalationItem[];
      /** The group's advice for when the cause is unknown (only on the "I don't know" path). */
      advice?: string;
    };

export interface Screen {
  state: WizardState;
  /** The page's one <h1>, and its metadata title. */
  title: string;
  progress: { step: number; total: number; label: string };
  backHref?: string;
  startHref: string;
  notices: string[];
  view: View;
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

function resultChoice(s: FlowScenario): Choice {
  return {
    href: href({ step: "result", system: s.system, group: s.group, scenario: s.id, n: 0 }),
    label: s.title,
    hint: s.summary,
  };
}

function view(flow: Flow, state: WizardState, suggestions: Choice[]): { title: string; view: View } {
  if (state.step === "system") {
    const choices = flow.systems.map((s) => ({
      href: href(advance(flow, state, { type: "system", id: s.id })),
      label: s.name,
      hint: s.product,
      badge: { label: s.shortName, accent: s.accent },
    }));
    return { title: "Which product is it?", view: { kind: "system", choices, paste: state.paste, suggestions } };
  }
  // decodeState only yields ids that exist, so these lookups hold; the fallback keeps types honest.
  const system = findSystem(flow, state.system);
  const group = state.step === "group" ? undefined : findGroup(system, state.group);
  if (!system || (state.step !== "group" && !group)) return view(flow, START, []);

  if (state.step === "group") {
    const choices = system.groups.map((g) => ({
      href: href(advance(flow, state, { type: "group", id: g.id })),
      label: g.label,
      hint: g.hint,
    }));
    return { title: system.question, view: { kind: "group", system, choices } };
  }
  if (!group) return view(flow, START, []);
  if (state.step === "scenario") {
    const choices = group.scenarios.map((s) => ({
      href: href(advance(flow, state, { type: "scenario", id: s.id })),
      label: s.title,
      hint: s.hint,
    }));
    const unknown = {
      href: href(advance(flow, state, { type: "unknown" })),
      label: "I don't know / none of these",
      hint: group.unknownAdvice ?? `Work through the remedy steps of every cause under “${group.label}”.`,
    };
    return { title: "Which of these do you see?", view: { kind: "scenario", system, group, choices, unknown } };
  }
  if (state.step === "checklist") {
    return {
      title: `Check every cause: ${group.label}`,
      view: {
        kind: "checklist",
        system,
        group,
        yesHref: href(advance(flow, state, { type: "solved", answer: "yes" })),
        noHref: href(advance(flow, state, { type: "solved", answer: "no" })),
      },
    };
  }
  const unknown = state.scenario === UNKNOWN;
  const list = unknown ? [] : candidates(flow, state.scenario);
  const shown = list[state.n] ?? list[0];
  const ruledOut = list.slice(0, state.n);
  if (state.step === "result" && shown) {
    const no = advance(flow, state, { type: "solved", answer: "no" });
    return {
      title: shown.title,
      view: {
        kind: "result",
        system,
        scenario: shown,
        ruledOut,
        yesHref: href(advance(flow, state, { type: "solved", answer: "yes" })),
        noHref: href(no),
        nextTitle: no.step === "result" ? list[no.n]?.title : undefined,
        escalateHref: href({ ...state, step: "escalation" }),
      },
    };
  }
  if (state.step === "solved") {
    return {
      // Titles can carry their own colon ("Sent: the message left ALX…"), so the summary below names the cause.
      title: "Solved",
      view: { kind: "solved", system, group, scenario: shown, ruledOut },
    };
  }
  const tried = unknown ? group.scenarios : list.slice(0, state.n + 1);
  return {
    title: "Still not solved? Escalate",
    view: {
      kind: "escalation",
      system,
      group,
      tried,
      escalations: escalationsFor(system, unknown ? group.scenarios : tried, unknown),
      advice: unknown ? group.unknownAdvice : undefined,
    },
  };
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
  const previous = continueHref ? START : back(state);
  return {
    state,
    title: built.title,
    progress: { step: stepNumber(state), total: TOTAL_STEPS, label: progressLabel(state, system) },
    backHref: previous ? href(previous) : undefined,
    startHref: href(START),
    notices,
    view: built.view.kind === "result" && continueHref ? { ...built.view, continueHref } : built.view,
  };
}
