"use client";

import { useEffect } from "react";
import { sendEvent } from "./send";

export interface WizardInsightsProps {
  /** The question or screen reached: system, group, scenario, result, checklist, solved, escalation. */
  step: string;
  /** The answers so far, e.g. "wxm > dispatch > wxm/dispatch-paused". */
  path: string;
  system?: string;
  scenario?: string;
}

/**
 * Records each wizard screen reached, how a path ended (solved, escalated) and, when the page is
 * left for anything but another wizard step, that it was left there.
 */
export function WizardInsights({ step, path, system, scenario }: WizardInsightsProps) {
  useEffect(() => {
    sendEvent({ type: "wizard-step", step, path, system });
    const final = step === "solved" || step === "escalation";
    if (final) sendEvent({ type: "wizard-end", outcome: step === "solved" ? "solved" : "escalated", step, path, system, scenario });
    if (step === "escalation") sendEvent({ type: "escalation", action: "shown", channel: "wizard", system, scenario });
    if (final) return;
    let continuing = false;
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement).closest?.("a");
      if (a && new URL(a.href, location.href).pathname === location.pathname) continuing = true;
    };
    const onHide = () => {
      if (!continuing) sendEvent({ type: "wizard-end", outcome: "left", step, path, system, scenario });
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("pagehide", onHide);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("pagehide", onHide);
    };
  }, [step, path, system, scenario]);
  return null;
}
