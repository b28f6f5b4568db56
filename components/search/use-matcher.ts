"use client";

import { useEffect, useState } from "react";
import { diagnose, loadIndex, MAX_INPUT_BYTES, type Match, type MatchIndex } from "@/lib/match";

// The index is a static file; one download per page load serves every search box on the page.
let indexPromise: Promise<MatchIndex> | undefined;
function fetchIndex(): Promise<MatchIndex> {
  indexPromise ??= fetch("/search-index.json")
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json();
    })
    .then(loadIndex)
    .catch((error: unknown) => {
      indexPromise = undefined;
      throw error;
    });
  return indexPromise;
}

export interface MatcherState {
  /** null until the first search has run. */
  matches: Match[] | null;
  truncated: boolean;
  error: string;
}

const encoder = new TextEncoder();

/** Runs the matcher in the browser, debounced, on the given text. */
export function useMatcher(text: string, initial: Match[] | null = null, delay = 120): MatcherState {
  const [state, setState] = useState<MatcherState>({ matches: initial, truncated: false, error: "" });
  useEffect(() => {
    if (!text.trim()) {
      setState({ matches: null, truncated: false, error: "" });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      fetchIndex()
        .then((index) => {
          if (cancelled) return;
          const truncated = encoder.encode(text).length > MAX_INPUT_BYTES;
          setState({ matches: diagnose(index, text, { limit: 5 }), truncated, error: "" });
        })
        .catch(() => {
          if (!cancelled) setState({ matches: null, truncated: false, error: "Search is unavailable right now: reload the page to try again." });
        });
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, delay]);
  return state;
}
