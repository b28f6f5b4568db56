"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { notSolvedReasons, reasonLabels, type Channel, type NotSolvedReason } from "@/lib/insights/vocabulary";

export interface SolvedFeedbackProps {
  scenario: string;
  channel: Channel;
  /**
   * What the person already answered (the wizard asks "Did this solve it?" before its last screen):
   * true records the Yes at once; false goes straight to the reasons. Unset: ask.
   */
  known?: boolean;
}

type Phase = { kind: "ask" } | { kind: "sending" } | { kind: "done"; solved: boolean } | { kind: "failed"; message: string };

/** "Did this solve it?": Yes, or No with a reason and an optional comment, posted to /api/feedback. */
export function SolvedFeedback({ scenario, channel, known }: SolvedFeedbackProps) {
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: "ask" });
  const [reason, setReason] = useState<NotSolvedReason>("wrong-cause");
  const [comment, setComment] = useState("");
  const [saidNo, setSaidNo] = useState(known === false);
  const recorded = useRef(false);

  async function send(solved: boolean) {
    setPhase({ kind: "sending" });
    try {
      const body = solved ? { scenario, solved, channel } : { scenario, solved, channel, reason, ...(comment.trim() ? { comment } : {}) };
      const res = await fetch("/api/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) {
        const error = ((await res.json().catch(() => ({}))) as { error?: string }).error;
        throw new Error(error ?? `the server answered ${res.status}`);
      }
      setPhase({ kind: "done", solved });
    } catch (error) {
      setPhase({ kind: "failed", message: `Your answer was not saved (${error instanceof Error ? error.message : "network error"}). Please try again.` });
    }
  }

  // A Yes already given in the wizard is recorded once, not asked again.
  useEffect(() => {
    if (known !== true || recorded.current) return;
    recorded.current = true;
    void send(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known]);

  const onNo = (e: FormEvent) => {
    e.preventDefault();
    void send(false);
  };
  const button = "rounded-lg border px-4 py-2 font-semibold";
  return (
    <section aria-labelledby={`${id}-title`} className="no-print rounded-xl border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {known === undefined ? "Did this solve it?" : known ? "Thank you" : "Tell the docs team what went wrong"}
      </h2>
      <div aria-live="polite">
        {known === true && (phase.kind === "ask" || phase.kind === "sending") ? (
          <p className="mt-2">Saving your answer…</p>
        ) : phase.kind === "done" ? (
          <p className="mt-2">{phase.solved ? (known ? "Your Yes is recorded: it tells the docs team that this answer works." : "Thank you: glad it is fixed.") : "Thank you: the docs team reads every answer."}</p>
        ) : saidNo ? (
          <form onSubmit={onNo} className="mt-3 space-y-3">
            <fieldset>
              <legend className="font-medium">What went wrong?</legend>
              {notSolvedReasons.map((r) => (
                <label key={r} className="mt-1 flex items-center gap-2">
                  <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />
                  {reasonLabels[r]}
                </label>
              ))}
            </fieldset>
            <label className="block">
              <span className="font-medium">Anything else? (optional; please leave out names, addresses and numbers)</span>
              <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} rows={3} className="mt-1 w-full rounded border border-slate-400 p-2 dark:bg-slate-950" />
            </label>
            {phase.kind === "failed" && <p role="alert" className="text-red-700 dark:text-red-300">{phase.message}</p>}
            <button type="submit" disabled={phase.kind === "sending"} className={`${button} border-sky-700 bg-sky-700 text-white hover:bg-sky-800`}>
              Send
            </button>
          </form>
        ) : (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button type="button" onClick={() => void send(true)} className={`${button} border-sky-700 bg-sky-700 text-white hover:bg-sky-800`}>
              Yes
            </button>
            <button type="button" onClick={() => setSaidNo(true)} className={`${button} border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:bg-slate-950 dark:text-slate-100`}>
              No
            </button>
            {phase.kind === "failed" && <p role="alert" className="text-red-700 dark:text-red-300">{phase.message}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
