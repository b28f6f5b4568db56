"use client";

import { useEffect, useRef, useState } from "react";
import { useSearch } from "@/components/search/use-search";
import type { EngineMode } from "@/lib/search/catalog-engine";
import type { SystemLabels } from "@/components/search/types";
import { ResultIncidents } from "@/components/incidents/result-incidents";
import { SystemBadge } from "@/components/ui/system-badge";
import { useParent } from "./use-parent";

export interface EmbedAppProps {
  systems: SystemLabels;
  /** Each scenario's first customer-facing remedy step, by scenario id. */
  firstSteps: Record<string, string>;
  /** The verified origin of the page that framed us, or null (not framed, or not allowed). */
  parentOrigin: string | null;
  /** Browser or server search, as for the site's own search box (a large catalog asks the server). */
  mode: EngineMode;
}

// Links leave the frame: every page but /embed refuses to be framed (README, Embedding).
const out = { target: "_blank", rel: "noopener noreferrer" } as const;
const link = "font-medium text-sky-800 underline dark:text-sky-300";

/** /embed: the paste box, the likely causes with their first step, and the way into the wizard. */
export function EmbedApp({ systems, firstSteps, parentOrigin, mode }: EmbedAppProps) {
  const [text, setText] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  const [ready, setReady] = useState(false);
  const { answer, error } = useSearch(text, null, mode);
  const matches = answer ? answer.matches.map((r) => r.match) : null;
  const { close, framed } = useParent(parentOrigin);

  // Browsers ignore autofocus in a cross-origin frame: when the host focuses the frame, focus the box.
  useEffect(() => {
    const onFocus = () => {
      if (document.activeElement === document.body) document.getElementById("embed-paste")?.focus();
    };
    if (document.hasFocus()) onFocus();
    // Uncontrolled, so text typed or pasted before the page's script ran is kept and searched.
    if (field.current?.value) setText(field.current.value);
    setReady(true);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, []);

  return (
    // The negative margins undo the layout's padding: the frame is narrow on a phone.
    <div id="embed-root" data-embed data-ready={ready || undefined} className="-mx-4 -my-8 space-y-4 p-4">
      <div className="flex items-start justify-between gap-3">
        <h1 className="text-lg font-bold tracking-tight">Why didn&apos;t the message arrive?</h1>
        {framed && (
          <button type="button" onClick={close} className="shrink-0 rounded border border-slate-400 px-2 py-1 text-sm dark:border-slate-600">
            Close
          </button>
        )}
      </div>
      <form role="search" aria-label="Diagnose a paste" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="embed-paste" className="mb-1 block text-sm font-semibold">
          Paste the error message, status or log line you see
        </label>
        <textarea
          id="embed-paste"
          rows={4}
          autoFocus
          ref={field}
          defaultValue=""
          onChange={(e) => setText(e.target.value)}
          className="w-full rounded-lg border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </form>
      <div aria-live="polite" className="space-y-2">
        {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
        {matches && matches.length > 0 && (
          <>
            <h2 className="text-base font-semibold">Likely causes</h2>
            <ResultIncidents matches={matches} />
            <ol className="space-y-2" aria-label="Likely causes">
              {matches.slice(0, 3).map((m) => {
                const sys = systems[m.system];
                return (
                  <li key={m.slug} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                    <div className="flex flex-wrap items-center gap-2">
                      {sys && <SystemBadge label={sys.shortName} accent={sys.accent} title={sys.name} />}
                      <a href={m.url} {...out} className={link}>
                        {m.title}
                        <span className="sr-only"> (opens in a new tab)</span>
                      </a>
                    </div>
                    {firstSteps[m.slug] && (
                      <p className="mt-1 text-sm">
                        <span className="font-semibold">First step: </span>
                        {firstSteps[m.slug]}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </>
        )}
        {matches && matches.length === 0 && <p className="text-sm">No known cause matches this text.</p>}
      </div>
      <p className="text-sm">
        Not sure what to paste?{" "}
        <a href="/diagnose" {...out} className={link}>
          Answer a few questions in the guided diagnosis<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}
