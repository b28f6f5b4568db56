"use client";

import { useState } from "react";
import type { LinkChecklist } from "./link-ticks";

export interface CopyLinkButtonProps {
  label?: string;
  /** The system of the checklists below, whose ticks the link carries (done=slug:step). */
  system?: string;
  checklists?: readonly LinkChecklist[];
}

/** Copies the page's URL: every answer is in it, and the ticks too, so the link opens on this same step. */
export function CopyLinkButton({ label = "Copy link", system, checklists = [] }: CopyLinkButtonProps) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      // Loaded on the click: reading the checklists' progress is not needed before it.
      const { linkWithTicks } = await import("./link-ticks");
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
