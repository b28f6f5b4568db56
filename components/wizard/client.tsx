"use client";

import { useState } from "react";
import { doneIds } from "@/lib/checklist/progress";
import { encodeTicks, type Ticks } from "@/lib/wizard/url";
import { readProgress } from "@/components/checklist/store";

export interface LinkChecklist {
  id: string;
  steps: ReadonlyArray<{ id: string; kind?: string; was?: readonly string[] }>;
}

export interface CopyLinkButtonProps {
  label?: string;
  /** The system of the checklists below, whose ticks the link carries (done=slug:step). */
  system?: string;
  checklists?: readonly LinkChecklist[];
}

/** The page's URL with the ticks of its checklists as they are now, so the link opens on this step, ticked alike. */
export function linkWithTicks(href: string, system: string | undefined, checklists: readonly LinkChecklist[]): string {
  const url = new URL(href);
  url.searchParams.delete("done");
  if (system && checklists.length > 0) {
    const ticks: Ticks = {};
    for (const c of checklists) {
      const tickable = c.steps.filter((s) => s.kind !== "info");
      const done = doneIds(readProgress(c.id, c.steps), tickable);
      if (done.length > 0) ticks[c.id] = done;
    }
    const done = encodeTicks(system, ticks);
    if (done) url.searchParams.set("done", done);
  }
  return url.href.replaceAll("%2F", "/").replaceAll("%3A", ":").replaceAll("%2C", ",");
}

/** Copies the page's URL: every answer is in it, and the ticks too, so the link opens on this same step. */
export function CopyLinkButton({ label = "Copy link", system, checklists = [] }: CopyLinkButtonProps) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linkWithTicks(window.location.href, system, checklists));
      setStatus(checklists.length > 0 ? "Link copied: it opens on this step, with the steps you ticked." : "Link copied: it opens on this step.");
    } catch {
      setStatus("Copy failed: copy the address bar instead.");
    }
  };
  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {status}
      </span>
    </span>
  );
}
