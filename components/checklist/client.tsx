"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { checklistAsText, parseProgress, serializeProgress, storageKey } from "@/lib/checklist/progress";

interface ChecklistState {
  done: ReadonlySet<string>;
  total: number;
  toggle: (id: string, checked: boolean) => void;
  reset: () => void;
  copy: () => Promise<void>;
  copied: string;
  /** Prefix for the DOM ids of steps, so several checklists can share a page. */
  idPrefix: string;
}

const ChecklistContext = createContext<ChecklistState | null>(null);

export interface ChecklistProviderProps {
  scenarioId: string;
  title: string;
  url: string;
  steps: ReadonlyArray<{ id: string; text: string }>;
  /** Set when more than one checklist is on the page (the wizard's combined checklist). */
  idPrefix?: string;
  children: ReactNode;
}

export function ChecklistProvider({ scenarioId, title, url, steps, idPrefix = "", children }: ChecklistProviderProps) {
  const stepIds = useMemo(() => steps.map((s) => s.id), [steps]);
  const [done, setDone] = useState<string[]>([]);
  const [copied, setCopied] = useState("");

  useEffect(() => {
    try {
      setDone(parseProgress(window.localStorage.getItem(storageKey(scenarioId)), stepIds));
    } catch {
      // Storage can be blocked (private mode); the checklist still works for this visit.
    }
  }, [scenarioId, stepIds]);

  const save = useCallback(
    (next: string[]) => {
      setDone(next);
      try {
        window.localStorage.setItem(storageKey(scenarioId), serializeProgress(next));
      } catch {
        /* see above */
      }
    },
    [scenarioId],
  );

  const toggle = useCallback(
    (id: string, checked: boolean) => {
      setDone((prev) => {
        const set = new Set(prev);
        if (checked) set.add(id);
        else set.delete(id);
        const next = stepIds.filter((s) => set.has(s));
        try {
          window.localStorage.setItem(storageKey(scenarioId), serializeProgress(next));
        } catch {
          /* see above */
        }
        return next;
      });
    },
    [scenarioId, stepIds],
  );

  const copy = async () => {
    const text = checklistAsText({ title, url: new URL(url, window.location.origin).href, steps, done });
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Checklist copied as text.");
    } catch {
      setCopied("Copy failed: select the steps and copy them by hand.");
    }
  };

  const value: ChecklistState = { done: new Set(done), total: steps.length, toggle, reset: () => save([]), copy, copied, idPrefix };
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
  children?: ReactNode;
}

/** A remedy step: a real checkbox when inside a checklist, a plain list item elsewhere. */
export function ChecklistStep({ id, children }: ChecklistStepProps) {
  const ctx = useContext(ChecklistContext);
  if (!ctx) return <li id={`step-${id}`}>{children}</li>;
  const inputId = `${ctx.idPrefix}check-${id}`;
  return (
    <li id={`${ctx.idPrefix}step-${id}`} className="my-2 pl-1">
      <div className="flex items-start gap-3">
        <input
          id={inputId}
          type="checkbox"
          checked={ctx.done.has(id)}
          onChange={(e) => ctx.toggle(id, e.target.checked)}
          className="mt-1.5 size-5 shrink-0 accent-sky-700"
        />
        <label htmlFor={inputId} className="leading-7">
          {children}
        </label>
      </div>
    </li>
  );
}
