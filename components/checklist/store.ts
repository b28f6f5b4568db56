"use client";

import {
  EMPTY_PROGRESS,
  mergeProgress,
  migrateProgress,
  parseProgress,
  serializeProgress,
  storageKey,
  type Progress,
  type StepIdentity,
} from "@/lib/checklist/progress";

/** Same-tab writes: the storage event reaches only the other tabs, so this tab's other checklists hear this one. */
const LOCAL_EVENT = "fixpath:checklist";

/** What is stored for a scenario, steps renamed in content moved to their new ids; nothing when storage is blocked. */
export function readProgress(scenarioId: string, steps: readonly StepIdentity[]): Progress {
  try {
    return migrateProgress(parseProgress(window.localStorage.getItem(storageKey(scenarioId))), steps);
  } catch {
    // Storage can be blocked (private mode); the checklist still works for this visit.
    return EMPTY_PROGRESS;
  }
}

/**
 * Merges `change` into what is stored now (another tab may have written since this one read) and
 * stores the result: a read-merge-write, so no tab's change is lost. Returns the merged progress.
 */
export function writeProgress(scenarioId: string, steps: readonly StepIdentity[], change: Progress): Progress {
  const merged = mergeProgress(readProgress(scenarioId, steps), change);
  try {
    window.localStorage.setItem(storageKey(scenarioId), serializeProgress(merged));
    window.dispatchEvent(new CustomEvent(LOCAL_EVENT, { detail: scenarioId }));
  } catch {
    /* see readProgress */
  }
  return merged;
}

/** Calls `onChange` whenever this scenario's progress changes in another tab or another checklist of this tab. */
export function subscribeProgress(scenarioId: string, onChange: () => void): () => void {
  const key = storageKey(scenarioId);
  const onStorage = (e: StorageEvent) => {
    if (e.key === key || e.key === null) onChange();
  };
  const onLocal = (e: Event) => {
    if (e instanceof CustomEvent && e.detail === scenarioId) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(LOCAL_EVENT, onLocal);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(LOCAL_EVENT, onLocal);
  };
}
