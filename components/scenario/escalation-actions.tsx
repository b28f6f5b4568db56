"use client";

import { useEffect, useMemo, useState } from "react";
import { doneIds } from "@/lib/checklist/progress";
import type { Escalation } from "@/lib/content/schema";
import { composeEscalation, type TriedScenario } from "@/lib/reply";
import { readProgress, subscribeProgress } from "@/components/checklist/store";
import { recallWizardPaste } from "@/components/wizard/paste-store";

export type EscalationScenario = Omit<TriedScenario, "done"> & { steps: TriedScenario["steps"] & ReadonlyArray<{ was?: readonly string[] }> };

export interface EscalationActionsProps {
  escalation: Escalation;
  tried: readonly EscalationScenario[];
  answers?: ReadonlyArray<{ question: string; answer: string }>;
  /** Add this tab's wizard paste (masked) to the message. */
  withPaste?: boolean;
}

const button =
  "inline-block rounded-md border border-slate-400 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800";

/** "Email support" (when the contact is an address) and "Copy for support": the prepared message, ticks as they are now. */
export function EscalationActions({ escalation, tried, answers, withPaste = false }: EscalationActionsProps) {
  const [done, setDone] = useState<Record<string, string[]>>({});
  const [paste, setPaste] = useState("");
  const [status, setStatus] = useState("");
  // The page's origin is known only in the browser: set after hydration, so the server's HTML and the
  // first client render agree (relative link first, absolute once mounted).
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);

  useEffect(() => {
    const read = () =>
      setDone(Object.fromEntries(tried.map((s) => [s.id, doneIds(readProgress(s.id, s.steps), s.steps)])));
    read();
    if (withPaste) setPaste(recallWizardPaste());
    const stops = tried.map((s) => subscribeProgress(s.id, read));
    return () => stops.forEach((stop) => stop());
  }, [tried, withPaste]);

  const message = useMemo(
    () =>
      composeEscalation({
        escalation,
        tried: tried.map((s) => ({ ...s, done: done[s.id] ?? [] })),
        answers,
        paste,
        origin,
      }),
    [escalation, tried, answers, paste, done, origin],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`Subject: ${message.subject}\n\n${message.body}`);
      setStatus("Message copied: paste it into your ticket or e-mail, and fill in the details asked for.");
    } catch {
      setStatus("Copy failed: select the message below and copy it by hand.");
    }
  };

  return (
    <div className="no-print mt-3 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {message.mailto && (
          <a href={message.mailto} className={`${button} border-sky-700 bg-sky-700 text-white hover:bg-sky-800 dark:hover:bg-sky-800`}>
            Email support
          </a>
        )}
        <button type="button" onClick={copy} className={button}>
          Copy for support
        </button>
        <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {status}
        </span>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">See the message</summary>
        <pre data-testid="escalation-message" tabIndex={0} aria-label="The message for support" className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-100 p-3 whitespace-pre-wrap dark:bg-slate-900">
          {`Subject: ${message.subject}\n\n${message.body}`}
        </pre>
      </details>
    </div>
  );
}
