"use client";

import { useState } from "react";

export interface CopyLinkButtonProps {
  label?: string;
}

/** Copies the page's URL: every answer is in it, so the link opens on this same step. */
export function CopyLinkButton({ label = "Copy link" }: CopyLinkButtonProps) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus("Link copied: it opens on this step.");
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
