import type { Escalation } from "@/lib/content/schema";
import { escalationsFor, type EscalationItem } from "./escalation";
import { candidates, findGroup, findScenario, findSystem, type Flow, type FlowGroup, type FlowScenario, type FlowSystem } from "./flow";
import { advance, START, UNKNOWN, type WizardState } from "./state";
import { wizardHref as href } from "./url";
import type { Accent } from "@/lib/content/schema";

export interface Choice {
  href: string;
  label: string;
  hint: string;
  badge?: { label: string; accent: Accent };
}

/** A question the customer answered, for the escalation message. */
export interface Answer {
  question: string;
  answer: string;
}

export type View =
  | { kind: "system"; choices: Choice[]; unsure: Choice; paste?: string; suggestions: Choice[] }
  | { kind: "group"; system: FlowSystem; choices: Choice[]; unsure: Choice }
  | { kind: "unsure"; system: FlowSystem; choices: Choice[]; escalation?: Escalation }
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
      answers: Answer[];
      /** The group's advice for when the cause is unknown (only on the "I don't know" path). */
      advice?: string;
    };

const groupNoun = { stage: "stage", status: "status", symptom: "symptom" } as const;
export const SYSTEM_QUESTION = "Which product is it?";
export const SCENARIO_QUESTION = "Which of these do you see?";

export function resultChoice(s: FlowScenario): Choice {
  return { href: href({ step: "result", system: s.system, group: s.group, scenario: s.id, n: 0 }), label: s.title, hint: s.summary };
}

/** The questions answered on the way to an outcome, in the customer's words. */
function answersFor(system: FlowSystem, group: FlowGroup, chosen: FlowScenario | undefined, ruledOut: FlowScenario[]): Answer[] {
  const out: Answer[] = [{ question: SYSTEM_QUESTION, answer: system.name }];
  if (system.groups.length > 1) out.push({ question: system.question, answer: group.label });
  if (group.scenarios.length > 1) out.push({ question: SCENARIO_QUESTION, answer: chosen?.title ?? "I don't know / none of these" });
  for (const s of ruledOut) out.push({ question: `Did “${s.title}” solve it?`, answer: "No" });
  return out;
}

export function view(flow: Flow, state: WizardState, suggestions: Choice[]): { title: string; view: View } {
  if (state.step === "system") {
    const choices = flow.systems.map((s) => ({
      href: href(advance(flow, state, { type: "system", id: s.id })),
      label: s.name,
      hint: s.product,
      badge: { label: s.shortName, accent: s.accent },
    }));
    const unsure = { href: "#wizard-paste", label: "I'm not sure", hint: "Paste an error message, a status or a log line below: we find the product and the cause from it." };
    return { title: SYSTEM_QUESTION, view: { kind: "system", choices, unsure, paste: state.paste, suggestions } };
  }
  // decodeState only yields ids that exist, so these lookups hold; the fallback keeps types honest.
  const system = findSystem(flow, state.system);
  if (!system) return view(flow, START, []);
  const noun = groupNoun[system.groupBy];
  if (state.step === "group") {
    const choices = system.groups.map((g) => ({ href: href(advance(flow, state, { type: "group", id: g.id })), label: g.label, hint: g.hint }));
    const unsure = { href: href(advance(flow, state, { type: "unsure" })), label: "I'm not sure", hint: `See what to do when you cannot tell the ${noun}.` };
    return { title: system.question, view: { kind: "group", system, choices, unsure } };
  }
  if (state.step === "unsure") {
    const choices = system.groups.map((g) => ({
      href: href(advance(flow, state, { type: "group", id: g.id })),
      label: `Check every cause of “${g.label}” as one checklist`,
      hint: g.unknownAdvice ?? g.hint,
    }));
    return { title: `Not sure of the ${noun}?`, view: { kind: "unsure", system, choices, escalation: system.escalation } };
  }
  const group = findGroup(system, state.group);
  if (!group) return view(flow, START, []);
  if (state.step === "scenario") {
    const choices = group.scenarios.map((s) => ({ href: href(advance(flow, state, { type: "scenario", id: s.id })), label: s.title, hint: s.hint }));
    const unknown = {
      href: href(advance(flow, state, { type: "unknown" })),
      label: "I'm not sure / none of these",
      hint: group.unknownAdvice ?? `Work through the remedy steps of every cause under “${group.label}”.`,
    };
    return { title: SCENARIO_QUESTION, view: { kind: "scenario", system, group, choices, unknown } };
  }
  if (state.step === "checklist") {
    const yesHref = href(advance(flow, state, { type: "solved", answer: "yes" }));
    const noHref = href(advance(flow, state, { type: "solved", answer: "no" }));
    return { title: `Check every cause: ${group.label}`, view: { kind: "checklist", system, group, yesHref, noHref } };
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
    // Titles can carry their own colon ("Sent: the message left ALX…"), so the summary below names the cause.
    return { title: "Solved", view: { kind: "solved", system, group, scenario: shown, ruledOut } };
  }
  const tried = unknown ? group.scenarios : list.slice(0, state.n + 1);
  const chosen = unknown ? undefined : findScenario(flow, state.scenario);
  return {
    title: "Still not solved? Escalate",
    view: {
      kind: "escalation",
      system,
      group,
      tried,
      escalations: escalationsFor(system, tried, unknown),
      answers: answersFor(system, group, chosen, unknown ? [] : tried),
      advice: unknown ? group.unknownAdvice : undefined,
    },
  };
}

/** "Only one status fits: Waiting": the questions skipped on the way to this state, in the customer's words. */
export function skippedNotices(flow: Flow, state: WizardState): string[] {
  if (state.step === "system" || state.step === "group" || state.step === "unsure") return [];
  const system = findSystem(flow, state.system);
  const group = findGroup(system, state.group);
  if (!system || !group) return [];
  const out: string[] = [];
  if (system.groups.length === 1) out.push(`Only one ${groupNoun[system.groupBy]} fits: ${group.label}.`);
  const only = group.scenarios.length === 1 ? group.scenarios[0] : undefined;
  if (only && state.step === "result" && state.n === 0) out.push(`Only one cause fits: ${only.title}.`);
  return out;
}
