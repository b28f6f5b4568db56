"use client";

import { useEffect, useState } from "react";
import { doneIds } from "@/lib/checklist/progress";
import type { FlowScenario } from "@/lib/wizard";
import { readProgress, subscribeProgress } from "@/components/checklist/store";

const link = "font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300";

/** "What you checked": per cause tried, the steps ticked (from this browser's checklists), and a plain "nothing ticked" otherwise. */
export function CheckedList({ tried }: { tried: readonly FlowScenario[] }) {
  const [done, setDone] = useState<Record<string, string[]>>({});
  useEffect(() => {
    const read = () => setDone(Object.fromEntries(tried.map((s) => [s.id, doneIds(readProgress(s.id, s.steps), s.steps)])));
    read();
    const stops = tried.map((s) => subscribeProgress(s.id, read));
    return () => stops.forEach((stop) => stop());
  }, [tried]);
  return (
    <ul className="space-y-3" data-testid="what-you-checked">
      {tried.map((s) => {
        const ticked = s.steps.filter((step) => step.kind !== "info" && (done[s.id] ?? []).includes(step.id));
        return (
          <li key={s.id}>
            <a href={s.url} className={link}>
              {s.title}
            </a>
            {ticked.length > 0 ? (
              <ul className="mt-1 list-disc pl-6">
                {ticked.map((step) => (
                  <li key={step.id}>
                    <span className="sr-only">Ticked: </span>
                    {step.text}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-700 dark:text-slate-300">No step ticked.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
