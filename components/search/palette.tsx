"use client";

import { useEffect, useRef, useState } from "react";
import { LiveSearch } from "./client";
import type { SystemLabels } from "./types";

/** Ctrl+K / ⌘K opens a search dialog from every page; the header button opens it too. */
export function SearchPalette({ systems }: { systems: SystemLabels }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        aria-keyshortcuts="Control+K Meta+K"
      >
        Quick search <kbd className="ml-1 hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">Ctrl K</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label="Quick search"
        onClose={() => setOpen(false)}
        // A search input swallows the first Escape (it clears itself); one press should close the palette.
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            setOpen(false);
          }
        }}
        onClick={(e) => e.target === dialog.current && setOpen(false)}
        className="mx-auto mt-16 w-[min(42rem,calc(100vw-1.5rem))] rounded-xl bg-white p-4 text-slate-900 shadow-2xl backdrop:bg-slate-900/60 dark:bg-slate-900 dark:text-slate-100"
      >
        {open && (
          <LiveSearch systems={systems} compact autoFocus label="Search for an error, status or symptom" onNavigate={() => setOpen(false)} />
        )}
        <div className="mt-3 flex justify-end">
          <button type="button" onClick={() => setOpen(false)} className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
