/** Checklist progress is stored per scenario as the ids of the steps ticked, so editing one step never shifts another. */
export const storageKey = (scenarioId: string) => `fixpath:checklist:${scenarioId}`;

/** Reads stored progress, keeping only ids that are still steps of the scenario; junk reads as nothing ticked. */
export function parseProgress(raw: string | null, stepIds: readonly string[]): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const valid = new Set(stepIds);
  return stepIds.filter((id) => value.includes(id) && valid.has(id));
}

export function serializeProgress(done: readonly string[]): string {
  return JSON.stringify([...new Set(done)]);
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
