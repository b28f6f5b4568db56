"use client";

import { useEffect, useState } from "react";
import type { SearchAnswer } from "@/lib/search/answer";
import type { EngineMode } from "@/lib/search/catalog-engine";

type Run = (text: string) => SearchAnswer;

// The matcher (zod, fuse.js) and its data load on focus or when the browser is idle, not with the
// page: most visits never search. One load serves the whole page (the palette and the paste box).
let local: Promise<Run> | undefined;
let ready: Run | undefined;

const json = (url: string) =>
  fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json() as Promise<unknown>;
  });

function loadLocal(): Promise<Run> {
  local ??= Promise.all([import("@/lib/match/serialize"), import("@/lib/search/answer"), json("/search-index.json"), json("/scenario-cards.json")])
    .then(([{ loadIndex }, { answerQuery, createEngine }, index, cards]) => {
      const engine = createEngine(loadIndex(index), cards as Parameters<typeof createEngine>[1]);
      ready = (text) => answerQuery(engine, text);
      return ready;
    })
    .catch((error: unknown) => {
      local = undefined;
      throw error;
    });
  return local;
}

/** For a catalog too large to send to the browser: the server answers (same answerQuery). */
async function askServer(text: string): Promise<SearchAnswer> {
  const r = await fetch("/api/search", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  if (!r.ok) throw new Error(`/api/search: HTTP ${r.status}`);
  return (await r.json()) as SearchAnswer;
}

/** Starts loading the browser's search (on focus, on idle); harmless to call again. */
export function preloadSearch(mode: EngineMode): void {
  if (mode === "browser") loadLocal().catch(() => undefined);
}

export interface SearchState {
  /** The text this answer is for. */
  text: string;
  /** null until the first search has run. */
  answer: SearchAnswer | null;
  error: string;
}

/** performance marks for `npm run bench:browser`: the last input, and the results shown for it. */
export const MARK_INPUT = "fixpath:input";
export const MEASURE_RESULTS = "fixpath:results";

const unavailable = "Search is unavailable right now: reload the page to try again.";

/** Answers `text` as it changes: at once when the browser's engine is loaded, else when it is. */
export function useSearch(text: string, initial: SearchAnswer | null, mode: EngineMode): SearchState {
  const [state, setState] = useState<SearchState>({ text, answer: initial, error: "" });
  useEffect(() => {
    if (!text.trim()) {
      setState({ text, answer: null, error: "" });
      return;
    }
    if (mode === "browser" && ready) {
      setState({ text, answer: ready(text), error: "" });
      return;
    }
    let cancelled = false;
    const go = () =>
      (mode === "browser" ? loadLocal().then((run) => run(text)) : askServer(text)).then(
        (answer) => !cancelled && setState({ text, answer, error: "" }),
        () => !cancelled && setState((s) => ({ ...s, error: unavailable })),
      );
    // The server is asked once typing pauses; the browser's engine needs no pause.
    const timer = setTimeout(go, mode === "server" ? 150 : 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, mode]);

  useEffect(() => {
    if (!state.answer || state.text !== text || typeof performance === "undefined") return;
    if (performance.getEntriesByName(MARK_INPUT, "mark").length === 0) return;
    performance.measure(MEASURE_RESULTS, MARK_INPUT);
    performance.clearMarks(MARK_INPUT);
  }, [state, text]);
  return state;
}
