"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { rememberPaste } from "@/components/error/paste-memory";
import { MAX_INPUT_BYTES } from "@/lib/match/input-limit";
import type { SearchAnswer } from "@/lib/search/answer";
import type { EngineMode } from "@/lib/search/catalog-engine";
import { urlQuery } from "@/lib/search/url-query";
import { moveFocus, SearchResults } from "./results";
import type { SystemLabels } from "./types";
import { MARK_INPUT, preloadSearch, useSearch } from "./use-search";

/** This tab's paste that was too long for the link: a reload of the page brings it back. */
const LONG_PASTE_KEY = "fixpath:long-paste";

function keepLongPaste(text: string | null) {
  try {
    if (text) window.sessionStorage.setItem(LONG_PASTE_KEY, text.slice(0, MAX_INPUT_BYTES));
    else window.sessionStorage.removeItem(LONG_PASTE_KEY);
  } catch {
    // Storage unavailable (private mode, quota): the paste stays on the page only.
  }
}

function longPaste(): string {
  try {
    return window.sessionStorage.getItem(LONG_PASTE_KEY) ?? "";
  } catch {
    return "";
  }
}
import { useSearchInsights } from "@/components/insights/use-search-insights";
import { ResultIncidents } from "@/components/incidents/result-incidents";

export interface LiveSearchProps {
  systems: SystemLabels;
  mode: EngineMode;
  /** The query the server rendered with (the /search page); the home page reads ?q= itself. */
  initialQuery?: string;
  /** The server's answer for initialQuery, shown until the browser has its own. */
  initialAnswer?: SearchAnswer | null;
  /** Keep the query in the URL (?q=, masked) as the user types. */
  syncUrl?: boolean;
  /** One-line input (the palette) instead of the paste box. */
  compact?: boolean;
  autoFocus?: boolean;
  onNavigate?: () => void;
  label?: string;
  /** Controlled text (the palette keeps its own, so that it survives closing). */
  text?: string;
  onTextChange?: (text: string) => void;
  /** Shown while the field is empty (the palette's systems and common problems). */
  empty?: React.ReactNode;
  inputRef?: React.Ref<HTMLInputElement>;
}

export function LiveSearch(props: LiveSearchProps) {
  const { systems, mode, initialQuery, initialAnswer = null, syncUrl = false, compact = false, autoFocus, onNavigate, label, empty, inputRef } = props;
  const [own, setOwn] = useState(initialQuery ?? "");
  const text = props.text ?? own;
  const setText = props.onTextChange ?? setOwn;
  const listRef = useRef<HTMLDivElement>(null);
  const { answer, error, text: answered } = useSearch(text, initialAnswer, mode);
  const [kept, setKept] = useState<"url" | "tab" | "none">("none");
  const insightMatches = useMemo(() => (answer ? answer.matches.map((r) => r.match) : null), [answer]);
  const onOpen = useSearchInsights(answered ?? text, insightMatches, compact ? "palette" : initialQuery === undefined ? "home" : "search");

  // The home page is static: it reads ?q= after hydration. A paste too long for the link comes back
  // from this tab's storage on either page. Runs once, before the effect below rewrites the link.
  useEffect(() => {
    if (!syncUrl) return;
    const q = new URLSearchParams(window.location.search).get("q");
    if (q && initialQuery === undefined) setText(q);
    else if (!q && !initialQuery) {
      const kept = longPaste();
      if (kept) setText(kept);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Idle time is spent loading the search, so that the first paste is answered at once.
  useEffect(() => {
    if (compact) return;
    const w = window as Window & { requestIdleCallback?: (cb: () => void) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(() => preloadSearch(mode));
    else setTimeout(() => preloadSearch(mode), 1000);
  }, [compact, mode]);

  // The error page gives the paste back (components/error), even one too long for the URL.
  useEffect(() => {
    if (!compact) rememberPaste(text);
  }, [text, compact]);

  useEffect(() => {
    if (!syncUrl) return;
    const keep = urlQuery(text);
    setKept(keep.keep);
    keepLongPaste(keep.keep === "tab" ? text : null);
    const url = new URL(window.location.href);
    if (keep.keep === "url") url.searchParams.set("q", keep.q);
    else url.searchParams.delete("q");
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [text, syncUrl]);

  const fieldId = compact ? "palette-query" : "paste";
  const field = {
    id: fieldId,
    name: "q",
    value: text,
    autoFocus,
    placeholder: compact ? "e.g. dispatch, Karix, Not sent, or an error message" : "e.g. Max Record size Exceeded, or a whole log excerpt",
    onChange: (e: { target: { value: string } }) => {
      performance.mark(MARK_INPUT);
      setText(e.target.value);
    },
    onFocus: () => preloadSearch(mode),
    onKeyDown: (e: React.KeyboardEvent<HTMLElement>) => moveFocus(e, listRef.current),
    className: "w-full rounded-lg border border-slate-500 bg-white p-3 font-mono text-sm dark:border-slate-500 dark:bg-slate-900",
    "aria-describedby": `${fieldId}-status`,
  };

  return (
    <div data-search className="space-y-3">
      <form action="/search" method="get" role="search" aria-label={compact ? "Quick search" : "Diagnose a paste"} onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={fieldId} className="mb-2 block font-semibold">
          {label ?? "Paste an error message, a status or a log excerpt"}
        </label>
        {compact ? <input type="search" ref={inputRef} {...field} /> : <textarea rows={5} {...field} />}
        <p id={`${fieldId}-status`} className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          {compact ? (
            <>Results appear as you type: a name (dispatch, Karix), a status or an error. <kbd>↓</kbd> and <kbd>↑</kbd> move between them.</>
          ) : (
            <>Results appear as you type. <kbd>Alt</kbd>+<kbd>↓</kbd> moves to the results (plain arrows move the cursor in your paste); Enter opens one.</>
          )}
        </p>
      </form>
      <div ref={listRef} onKeyDown={(e) => moveFocus(e, listRef.current)} onClick={onOpen} aria-live="polite">
        {answer?.truncated && (
          <p role="status" className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            Your paste is longer than {MAX_INPUT_BYTES / 1024} KB: only its first {MAX_INPUT_BYTES / 1024} KB were searched.
          </p>
        )}
        {syncUrl && kept === "tab" && (
          <p className="mb-2 text-xs text-slate-700 dark:text-slate-300">
            This paste is too long to keep in the page link: it is kept in this browser tab only, and comes back if you reload.
          </p>
        )}
        {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
        {!text.trim() && empty}
        {text.trim() && answer && answer.matches.length > 0 && <ResultIncidents matches={answer.matches.map((r) => r.match)} />}
        {text.trim() && answer && <SearchResults answer={answer} query={answered} systems={systems} onNavigate={onNavigate} />}
      </div>
    </div>
  );
}
