"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { SystemBadge } from "@/components/ui/system-badge";
import type { EngineMode } from "@/lib/search/catalog-engine";
import { LiveSearch } from "./client";
import type { SystemLabels } from "./types";

export interface PaletteBrowse {
  systems: Array<{ id: string; url: string; name: string; scenarioCount: number }>;
  common: Array<{ id: string; url: string; title: string; system: string }>;
}

export interface SearchPaletteProps {
  systems: SystemLabels;
  mode: EngineMode;
  browse: PaletteBrowse;
}

const linkClass = "text-sky-800 underline-offset-2 hover:underline dark:text-sky-300";

/** What the empty palette offers: every system, and the problems readers are sent to most. */
function BrowseList({ browse, systems, onNavigate }: { browse: PaletteBrowse; systems: SystemLabels; onNavigate: () => void }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="palette-systems" className="space-y-1">
        <h2 id="palette-systems" className="text-sm font-semibold">Systems</h2>
        <ul className="space-y-1 text-sm">
          {browse.systems.map((s) => (
            <li key={s.id} className="flex items-center gap-2">
              {systems[s.id] && <SystemBadge label={systems[s.id]!.shortName} accent={systems[s.id]!.accent} />}
              <Link href={s.url} data-result onClick={onNavigate} className={linkClass}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="palette-common" className="space-y-1">
        <h2 id="palette-common" className="text-sm font-semibold">Common problems</h2>
        <ul className="space-y-1 text-sm">
          {browse.common.map((c) => (
            <li key={c.id}>
              <Link href={c.url} data-result onClick={onNavigate} className={linkClass}>
                {c.title}
              </Link>{" "}
              <span className="text-xs text-slate-700 dark:text-slate-300">{systems[c.system]?.shortName}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/**
 * Ctrl+K / ⌘K opens a search dialog from every page; the header button opens it too. The dialog
 * stays mounted, so what was typed is still there when it is opened again.
 */
export function SearchPalette({ systems, mode, browse }: SearchPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  // Ctrl+K works once this effect has run (after hydration); tests wait for the marker below.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    setReady(true);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      input.current?.focus();
      input.current?.select();
    }
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        aria-keyshortcuts="Control+K Meta+K"
        data-shortcut-ready={ready || undefined}
      >
        Quick search <kbd className="ml-1 hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">Ctrl K</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label="Quick search"
        onClose={close}
        // A search input swallows the first Escape (it clears itself); one press should close the palette and keep the text.
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            close();
          }
        }}
        onClick={(e) => e.target === dialog.current && close()}
        className="mx-auto mt-16 max-h-[calc(100vh-6rem)] w-[min(42rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl bg-white p-4 text-slate-900 shadow-2xl backdrop:bg-slate-900/60 dark:bg-slate-900 dark:text-slate-100"
      >
        <LiveSearch
          systems={systems}
          mode={mode}
          compact
          label="Search for an error, status, system or symptom"
          onNavigate={close}
          text={text}
          onTextChange={setText}
          inputRef={input}
          empty={<BrowseList browse={browse} systems={systems} onNavigate={close} />}
        />
        <div className="mt-3 flex justify-end">
          <button type="button" onClick={close} className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
