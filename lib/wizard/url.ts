import { candidates, findGroup, findScenario, findSystem, type Flow } from "./flow";
import { WIZARD_PATH } from "./href";
import { skipSingles, UNKNOWN, type WizardState } from "./state";

export { WIZARD_PATH };
export const MAX_PASTE_LENGTH = 4000;

const groupNoun = { stage: "stage", status: "status", symptom: "symptom" } as const;

const first = (v: unknown): string | undefined => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === "string" ? value : undefined;
};

/** Untrusted values are quoted back to the customer, so keep them short. */
const quote = (value: string) => `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;

/**
 * Search params as Next.js hands them over (or a URLSearchParams); anything else reads as no params.
 * Checked by hand, not with zod, so that the wizard's client bundle stays small.
 */
function readParams(input: unknown): Record<string, string | undefined> {
  const entries = input instanceof URLSearchParams ? Object.fromEntries(input.entries()) : input;
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) return {};
  const out: Record<string, string | undefined> = Object.create(null);
  for (const [key, value] of Object.entries(entries)) {
    const v = first(value)?.trim();
    out[key] = v === "" ? undefined : v;
  }
  return out;
}

/** Ticked steps carried by a shared link: `done=<slug>:<step-id>,…` (the system is in the link). */
export type Ticks = Record<string, string[]>;

export function encodeTicks(system: string, ticks: Ticks): string {
  const parts: string[] = [];
  for (const [scenarioId, steps] of Object.entries(ticks)) {
    const slug = scenarioId.startsWith(`${system}/`) ? scenarioId.slice(system.length + 1) : undefined;
    if (slug) for (const step of steps) parts.push(`${slug}:${step}`);
  }
  return parts.join(",");
}

/** Reads `done`; ids that are not kebab-case, or scenarios not of the system, are dropped. */
export function decodeTicks(flow: Flow, system: string | undefined, raw: string | undefined): Ticks {
  const out: Ticks = {};
  if (!system || !raw) return out;
  for (const part of raw.slice(0, 4000).split(",")) {
    const m = /^([a-z0-9-]{1,100}):([a-z0-9-]{1,100})$/.exec(part.trim());
    if (!m) continue;
    const scenario = findScenario(flow, `${system}/${m[1]}`);
    if (!scenario || !scenario.steps.some((s) => s.id === m[2])) continue;
    (out[scenario.id] ??= []).push(m[2] as string);
  }
  return out;
}

/** The query string for a state, params in a fixed order so that equal states give equal links. */
export function encodeState(state: WizardState): string {
  const params = new URLSearchParams();
  if (state.step === "system") {
    if (state.paste) params.set("q", state.paste);
  } else if (state.step === "unsure") {
    params.set("system", state.system);
    params.set("unsure", "yes");
  } else {
    params.set("system", state.system);
    if (state.step !== "group") params.set("group", state.group);
    if (state.step === "checklist") params.set("scenario", UNKNOWN);
    if (state.step === "result" || state.step === "solved" || state.step === "escalation") {
      params.set("scenario", state.scenario);
      if (state.n > 0) params.set("n", String(state.n));
    }
    if (state.step === "solved") params.set("solved", "yes");
    if (state.step === "escalation") params.set("solved", "no");
  }
  // A slash is legal in a query; keeping it makes shared links readable (scenario=wxm/dispatch-paused).
  return params.toString().replaceAll("%2F", "/");
}

export function wizardHref(state: WizardState): string {
  const query = encodeState(state);
  return query ? `${WIZARD_PATH}?${query}` : WIZARD_PATH;
}

export interface Decoded {
  state: WizardState;
  /** Why the customer landed on an earlier step than the link asked for, in their words. */
  notices: string[];
  /** Ticks a shared link carries, by scenario id. */
  ticks?: Ticks;
}

/**
 * Reads a state from search params. Unknown or tampered values fall back to the nearest valid step,
 * with a notice saying so; a scenario id alone is enough to find its system and group.
 */
export function decodeState(flow: Flow, input: unknown): Decoded {
  const raw = readParams(input);
  const decoded = decodeSteps(flow, raw);
  const state = skipSingles(flow, decoded.state);
  const system = state.step === "system" ? undefined : state.system;
  const ticks = decodeTicks(flow, system, raw.done);
  return Object.keys(ticks).length > 0 ? { ...decoded, state, ticks } : { ...decoded, state };
}

function decodeSteps(flow: Flow, raw: Record<string, string | undefined>): Decoded {
  const notices: string[] = [];
  const paste = raw.q?.slice(0, MAX_PASTE_LENGTH);
  if (paste && (raw.cut === "yes" || (raw.q?.length ?? 0) > MAX_PASTE_LENGTH)) {
    notices.push(`Your paste was long: only its first ${paste.length.toLocaleString("en")} characters were used, with e-mail addresses, phone numbers, tokens and long ids masked.`);
  }
  const start: WizardState = paste ? { step: "system", paste } : { step: "system" };

  const chosen = raw.scenario === UNKNOWN ? undefined : findScenario(flow, raw.scenario);
  const systemId = raw.system ?? chosen?.system;
  const groupId = raw.group ?? (chosen && chosen.system === systemId ? chosen.group : undefined);

  if (systemId === undefined) return { state: start, notices };
  const system = findSystem(flow, systemId);
  if (!system) {
    notices.push(`We couldn't find the product ${quote(systemId)}, so you're back at choosing the product.`);
    return { state: start, notices };
  }
  const noun = groupNoun[system.groupBy];
  if (groupId === undefined && raw.unsure === "yes") return { state: { step: "unsure", system: system.id }, notices };
  if (groupId === undefined) return { state: { step: "group", system: system.id }, notices };
  const group = findGroup(system, groupId);
  if (!group) {
    notices.push(`We couldn't find the ${noun} ${quote(groupId)}, so you're back at choosing the ${noun}.`);
    return { state: { step: "group", system: system.id }, notices };
  }
  const here = { system: system.id, group: group.id };
  if (raw.scenario === undefined) return { state: { step: "scenario", ...here }, notices };

  const answerNotice = (answer: string) =>
    `We couldn't read the answer ${quote(answer)}, so you're back at “Did this solve it?”.`;

  if (raw.scenario === UNKNOWN) {
    if (raw.solved === "yes") return { state: { step: "solved", ...here, scenario: UNKNOWN, n: 0 }, notices };
    if (raw.solved === "no") return { state: { step: "escalation", ...here, scenario: UNKNOWN, n: 0 }, notices };
    if (raw.solved !== undefined) notices.push(answerNotice(raw.solved));
    return { state: { step: "checklist", ...here }, notices };
  }

  if (!chosen || chosen.system !== system.id || chosen.group !== group.id) {
    notices.push(
      `We couldn't find ${quote(raw.scenario)} under “${group.label}”, so you're back at choosing what you see.`,
    );
    return { state: { step: "scenario", ...here }, notices };
  }

  let n = 0;
  if (raw.n !== undefined) {
    const count = candidates(flow, chosen.id).length;
    const parsed = /^\d{1,3}$/.test(raw.n) ? Number(raw.n) : Number.NaN;
    if (!(parsed < count)) {
      notices.push(`We couldn't find suggestion ${quote(raw.n)}, so you're back at the cause you chose.`);
      return { state: { step: "result", ...here, scenario: chosen.id, n: 0 }, notices };
    }
    n = parsed;
  }
  const result = { ...here, scenario: chosen.id, n };
  if (raw.solved === "yes") return { state: { step: "solved", ...result }, notices };
  if (raw.solved === "no") return { state: { step: "escalation", ...result }, notices };
  if (raw.solved !== undefined) notices.push(answerNotice(raw.solved));
  return { state: { step: "result", ...result }, notices };
}
