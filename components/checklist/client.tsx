"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  checklistAsText,
  doneIds,
  EMPTY_PROGRESS,
  markStep,
  mergeProgress,
  nextTime,
  progressFromIds,
  resetProgress,
  type Progress,
} from "@/lib/checklist/progress";
import type { StepKind } from "@/lib/content/schema";
import { readProgress, subscribeProgress, writeProgress } from "./store";

interface ChecklistState {
  done: ReadonlySet<string>;
  /** Steps with a tickbox (actions and checks); explanations have none. */
  total: number;
  toggle: (id: string, checked: boolean) => void;
  reset: () => void;
  copy: () => Promise<void>;
  copied: string;
  /** Prefix for the DOM ids of steps, so several checklists can share a page. */
  idPrefix: string;
}

const ChecklistContext = createContext<ChecklistState | null>(null);

export interface ChecklistStepData {
  id: string;
  text: string;
  kind?: StepKind;
  was?: readonly string[];
}

export interface ChecklistProviderProps {
  scenarioId: string;
  title: string;
  url: string;
  steps: readonly ChecklistStepData[];
  /** Set when more than one checklist is on the page (the wizard's combined checklist). */
  idPrefix?: string;
  /** Ticks carried by a shared link: merged in as the oldest possible change, so the reader's own later changes win. */
  shared?: readonly string[];
  children: ReactNode;
}

export function ChecklistProvider({ scenarioId, title, url, steps, idPrefix = "", shared, children }: ChecklistProviderProps) {
  const [progress, setProgress] = useState<Progress>(EMPTY_PROGRESS);
  const [copied, setCopied] = useState("");
  const tickable = useMemo(() => steps.filter((s) => s.kind !== "info"), [steps]);
  const sharedKey = (shared ?? []).join(",");

  useEffect(() => {
    const ids = sharedKey ? sharedKey.split(",").filter((id) => tickable.some((s) => s.id === id)) : [];
    // A shared link's ticks are stored (at the oldest time), so they survive a reload without the link.
    setProgress(ids.length > 0 ? writeProgress(scenarioId, steps, progressFromIds(ids, 1)) : readProgress(scenarioId, steps));
    return subscribeProgress(scenarioId, () => setProgress((prev) => mergeProgress(prev, readProgress(scenarioId, steps))));
  }, [scenarioId, steps, tickable, sharedKey]);

  const toggle = useCallback(
    (id: string, checked: boolean) => {
      setProgress((prev) => {
        const at = nextTime(mergeProgress(prev, readProgress(scenarioId, steps)), Date.now());
        return writeProgress(scenarioId, steps, markStep(prev, id, checked, at));
      });
    },
    [scenarioId, steps],
  );

  const reset = useCallback(() => {
    setProgress((prev) => {
      const at = nextTime(mergeProgress(prev, readProgress(scenarioId, steps)), Date.now());
      return writeProgress(scenarioId, steps, resetProgress(prev, at));
    });
  }, [scenarioId, steps]);

  const done = doneIds(progress, tickable);
  const copy = async () => {
    const text = checklistAsText({ title, url: new URL(url, window.location.origin).href, steps: tickable, done });
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Checklist copied as text.");
    } catch {
      setCopied("Copy failed: select the steps and copy them by hand.");
    }
  };

  const value: ChecklistState = { done: new Set(done), total: tickable.length, toggle, reset, copy, copied, idPrefix };
  return <ChecklistContext.Provider value={value}>{children}</ChecklistContext.Provider>;
}

const buttonClass =
  "rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** Progress, reset, copy and print; shown above the remedy steps when they are a checklist. */
export function ChecklistToolbar() {
  const ctx = useContext(ChecklistContext);
  if (!ctx) return null;
  return (
    <div className="no-print mb-2 flex flex-wrap items-center gap-3 text-sm">
      <p className="!my-0 font-medium" aria-live="polite" data-testid="checklist-progress">
        {ctx.done.size} of {ctx.total} done
      </p>
      <button type="button" onClick={ctx.reset} className={buttonClass}>
        Reset checklist
      </button>
      <button type="button" onClick={ctx.copy} className={buttonClass}>
        Copy as text
      </button>
      <button type="button" onClick={() => window.print()} className={buttonClass}>
        Print
      </button>
      <span role="status" className="text-slate-600 dark:text-slate-300">
        {ctx.copied}
      </span>
    </div>
  );
}

export interface ChecklistStepProps {
  id: string;
  /** action (default): a tickbox; check: a question answered by ticking; info: an explanation without a tickbox. */
  kind?: StepKind;
  /** Earlier ids (read by the checklist from the catalog; accepted here so MDX can carry it). */
  was?: string;
  children?: ReactNode;
}

/** A remedy step: a real checkbox when inside a checklist (not for explanations), a plain list item elsewhere. */
export function ChecklistStep({ id, kind = "action", children }: ChecklistStepProps) {
  const ctx = useContext(ChecklistContext);
  if (!ctx || kind === "info") {
    return (
      <li id={`${ctx?.idPrefix ?? ""}step-${id}`} data-kind={kind} className="my-2 pl-1 leading-7">
        {kind === "info" && ctx && <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200">Note</span>}
        {children}
      </li>
    );
  }
  const inputId = `${ctx.idPrefix}check-${id}`;
  return (
    <li id={`${ctx.idPrefix}step-${id}`} data-kind={kind} className="my-2 pl-1">
      <div className="flex items-start gap-3">
        <input
          id={inputId}
          type="checkbox"
          checked={ctx.done.has(id)}
          onChange={(e) => ctx.toggle(id, e.target.checked)}
          className="mt-1.5 size-5 shrink-0 accent-sky-700"
        />
        <label htmlFor={inputId} className="leading-7">
          {kind === "check" && <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-50">Check</span>}
          {children}
        </label>
      </div>
    </li>
  );
}
