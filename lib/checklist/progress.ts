/**
 * Checklist progress, stored per scenario in localStorage and shared by every tab. Each step keeps
 * when it was last ticked or unticked, and a Reset is an event with its own time, so two tabs merge
 * instead of the last write winning: per step the later change wins, and a change made before the
 * latest Reset counts as undone, whichever tab still remembers it.
 */
export const storageKey = (scenarioId: string) => `fixpath:checklist:${scenarioId}`;

export interface StepMark {
  done: boolean;
  /** Milliseconds since the epoch when this step was last changed. */
  at: number;
}

export interface Progress {
  steps: Record<string, StepMark>;
  /** When the checklist was last reset (0: never). Marks at or before it no longer count. */
  reset: number;
}

export const EMPTY_PROGRESS: Progress = { steps: {}, reset: 0 };

/** A step as the checklist knows it: its id and the ids it had before it was renamed in content. */
export interface StepIdentity {
  id: string;
  was?: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const finite = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0);

/** Reads stored progress in any version; junk reads as nothing ticked. Version 1 was an array of ticked ids. */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return EMPTY_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (Array.isArray(value)) {
    const steps: Record<string, StepMark> = {};
    // Version 1 kept no times: its ticks count as the oldest possible change.
    for (const id of value) if (typeof id === "string") steps[id] = { done: true, at: 1 };
    return { steps, reset: 0 };
  }
  if (!isRecord(value) || !isRecord(value.steps)) return EMPTY_PROGRESS;
  const steps: Record<string, StepMark> = {};
  for (const [id, mark] of Object.entries(value.steps)) {
    if (isRecord(mark) && typeof mark.done === "boolean") steps[id] = { done: mark.done, at: finite(mark.at) };
  }
  return { steps, reset: finite(value.reset) };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ v: 2, steps: progress.steps, reset: progress.reset });
}

/** The later of two marks; on a tie the tick wins, so nothing ticked is lost. */
function later(a: StepMark | undefined, b: StepMark | undefined): StepMark | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.done ? a : b;
}

/** Merges two tabs' progress: the latest Reset, and per step the later change. Commutative and idempotent. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const reset = Math.max(a.reset, b.reset);
  const steps: Record<string, StepMark> = {};
  for (const id of new Set([...Object.keys(a.steps), ...Object.keys(b.steps)])) {
    const mark = later(a.steps[id], b.steps[id]);
    if (mark && mark.at > reset) steps[id] = mark;
  }
  return { steps, reset };
}

/**
 * Moves marks stored under a step's earlier ids (`was`) to its current id, so a step renamed in
 * content keeps its tick. A mark under the current id wins over an older one under an old id.
 */
export function migrateProgress(progress: Progress, steps: readonly StepIdentity[]): Progress {
  const out: Record<string, StepMark> = { ...progress.steps };
  for (const step of steps) {
    for (const old of step.was ?? []) {
      const mark = out[old];
      if (!mark || old === step.id) continue;
      out[step.id] = later(out[step.id], mark) ?? mark;
      delete out[old];
    }
  }
  return { steps: out, reset: progress.reset };
}

/** The ids of the steps ticked now, in the checklist's order. */
export function doneIds(progress: Progress, steps: readonly StepIdentity[]): string[] {
  return steps
    .filter((s) => {
      const mark = progress.steps[s.id];
      return mark !== undefined && mark.done && mark.at > progress.reset;
    })
    .map((s) => s.id);
}

/** Progress with one step ticked or unticked at `at`. */
export function markStep(progress: Progress, id: string, done: boolean, at: number): Progress {
  return mergeProgress(progress, { steps: { [id]: { done, at } }, reset: 0 });
}

/** Progress after a Reset at `at`: every mark made before it is undone, in every tab that merges it. */
export function resetProgress(progress: Progress, at: number): Progress {
  return mergeProgress(progress, { steps: {}, reset: at });
}

/** A time strictly later than every mark and reset seen, so a change always wins over what it replaces. */
export function nextTime(progress: Progress, now: number): number {
  let max = progress.reset;
  for (const mark of Object.values(progress.steps)) if (mark.at > max) max = mark.at;
  return Math.max(now, max + 1);
}

/** Progress seeded from ticked ids (a shared link's ticks), each at `at`. */
export function progressFromIds(ids: readonly string[], at: number): Progress {
  const steps: Record<string, StepMark> = {};
  for (const id of ids) steps[id] = { done: true, at };
  return { steps, reset: 0 };
}

export interface ChecklistText {
  title: string;
  url: string;
  steps: ReadonlyArray<{ id: string; text: string }>;
  done: readonly string[];
}

/** Plain text for pasting into a ticket. */
export function checklistAsText({ title, url, steps, done }: ChecklistText): string {
  const ticked = new Set(done);
  const lines = steps.map((s, i) => `[${ticked.has(s.id) ? "x" : " "}] ${i + 1}. ${s.text}`);
  return [`${title}`, url, `${done.length} of ${steps.length} steps done`, "", ...lines].join("\n");
}
