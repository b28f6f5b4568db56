"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { rememberPaste } from "@/components/error/paste-memory";
import type { Match } from "@/lib/match";
import { MAX_INPUT_BYTES } from "@/lib/match/text";
import { ResultIncidents } from "@/components/incidents/result-incidents";
import { moveFocus, ResultsList } from "./results";
import { MAX_URL_QUERY, type SystemLabels } from "./types";
import { useMatcher } from "./use-matcher";

export interface LiveSearchProps {
  systems: SystemLabels;
  /** The query the server rendered with (the /search page); the home page reads ?q= itself. */
  initialQuery?: string;
  /** The server's results for initialQuery, shown until the browser's matcher has run. */
  initialMatches?: Match[] | null;
  /** Keep the query in the URL (?q=) as the user types. */
  syncUrl?: boolean;
  /** One-line input (the palette) instead of the paste box. */
  compact?: boolean;
  autoFocus?: boolean;
  onNavigate?: () => void;
  label?: string;
}

export function LiveSearch({ systems, initialQuery, initialMatches = null, syncUrl = false, compact = false, autoFocus, onNavigate, label }: LiveSearchProps) {
  const [text, setText] = useState(initialQuery ?? "");
  const listRef = useRef<HTMLDivElement>(null);
  const { matches, truncated, error } = useMatcher(text, initialMatches);

  useEffect(() => {
    if (syncUrl && initialQuery === undefined) {
      const q = new URLSearchParams(window.location.search).get("q");
      if (q) setText(q);
    }
  }, [syncUrl, initialQuery]);

  // The error page gives the paste back (components/error), even one too long for the URL.
  useEffect(() => {
    if (!compact) rememberPaste(text);
  }, [text, compact]);

  useEffect(() => {
    if (!syncUrl) return;
    const url = new URL(window.location.href);
    if (text.trim() && text.length <= MAX_URL_QUERY) url.searchParams.set("q", text);
    else url.searchParams.delete("q");
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [text, syncUrl]);

  const fieldId = compact ? "palette-query" : "paste";
  const fieldClass =
    "w-full rounded-lg border border-slate-400 bg-white p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900";
  const field = {
    id: fieldId,
    name: "q",
    value: text,
    autoFocus,
    placeholder: "e.g. Max Record size Exceeded, or a whole log excerpt",
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onKeyDown: (e: React.KeyboardEvent<HTMLElement>) => moveFocus(e, listRef.current),
    className: fieldClass,
    "aria-describedby": `${fieldId}-status`,
  };

  return (
    <div data-search className="space-y-3">
      <form action="/search" method="get" role="search" aria-label="Diagnose a paste" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={fieldId} className="mb-2 block font-semibold">
          {label ?? "Paste an error message, a status or a log excerpt"}
        </label>
        {compact ? <input type="search" {...field} /> : <textarea rows={5} {...field} />}
        <p id={`${fieldId}-status`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Results appear as you type; use ↓ and ↑ to move between them and Enter to open one.
        </p>
      </form>
      <div ref={listRef} onKeyDown={(e) => moveFocus(e, listRef.current)} aria-live="polite">
        {truncated && (
          <p role="status" className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            Your paste is longer than {MAX_INPUT_BYTES / 1024} KB: only its first {MAX_INPUT_BYTES / 1024} KB were searched.
          </p>
        )}
        {text.length > MAX_URL_QUERY && !compact && syncUrl && (
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">This paste is too long to keep in the page link.</p>
        )}
        {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
        {matches && matches.length > 0 && (
          <>
            <h2 className="mb-2 text-lg font-semibold">
              {matches.length} likely root cause{matches.length === 1 ? "" : "s"}
            </h2>
            <ResultIncidents matches={matches} />
            <ResultsList matches={matches} query={text} systems={systems} onNavigate={onNavigate} />
          </>
        )}
        {matches && matches.length === 0 && <NoMatch onNavigate={onNavigate} />}
      </div>
    </div>
  );
}

export function NoMatch({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 className="text-lg font-semibold">No known root cause matches this text</h2>
      <p className="mt-1 text-sm">
        It does not look like any message-delivery problem in our catalog. Answer a few questions instead:{" "}
        <Link href="/diagnose" onClick={onNavigate} className="font-medium text-sky-800 underline dark:text-sky-300">
          start the guided diagnosis
        </Link>
        .
      </p>
    </div>
  );
}
