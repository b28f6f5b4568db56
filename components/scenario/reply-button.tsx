"use client";

import { useState } from "react";
import { composeReply, type ReplyScenario } from "@/lib/reply/compose";

export interface CopyReplyProps {
  scenario: ReplyScenario;
  /** Called after a copy, e.g. to record that a reply was used. */
  onCopy?: () => void;
}

const button =
  "rounded-md border border-slate-400 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800";

/** "Copy reply": the customer-facing answer (cause, steps, checklist link) ready for a ticket; internal steps never in it. */
export function CopyReply({ scenario, onCopy }: CopyReplyProps) {
  const [status, setStatus] = useState("");
  const [origin, setOrigin] = useState("");
  const text = composeReply(scenario, { origin: origin || "http://localhost" });
  const copy = async () => {
    const reply = composeReply(scenario, { origin: window.location.origin });
    try {
      await navigator.clipboard.writeText(reply);
      setStatus("Reply copied: paste it into your answer to the customer.");
      onCopy?.();
    } catch {
      setStatus("Copy failed: open the reply below and copy it by hand.");
    }
  };
  return (
    <div className="no-print space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={copy} className={button}>
          Copy reply
        </button>
        <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {status}
        </span>
      </div>
      <details className="text-sm" onToggle={() => setOrigin(window.location.origin)}>
        <summary className="cursor-pointer font-medium">See the reply for the customer</summary>
        <pre data-testid="reply-text" tabIndex={0} aria-label="The reply for the customer" className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-100 p-3 whitespace-pre-wrap dark:bg-slate-900">
          {text}
        </pre>
      </details>
    </div>
  );
}
