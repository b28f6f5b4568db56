"use client";

import { useEffect, useState } from "react";
import type { Match, MatchIndex } from "@/lib/match";
import { MAX_INPUT_BYTES } from "@/lib/match/text";

interface Matcher {
  index: MatchIndex;
  diagnose: typeof import("@/lib/match").diagnose;
}

// The matcher (with zod and fuse.js) and its index load on the first search, not with the page:
// every page has the Ctrl+K palette, and most visits never search. One load serves the whole page.
let matcherPromise: Promise<Matcher> | undefined;
function loadMatcher(): Promise<Matcher> {
  matcherPromise ??= Promise.all([
    import("@/lib/match"),
    fetch("/search-index.json").then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    }),
  ])
    .then(([lib, data]) => ({ index: lib.loadIndex(data), diagnose: lib.diagnose }))
    .catch((error: unknown) => {
      matcherPromise = undefined;
      throw error;
    });
  return matcherPromise;
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
      loadMatcher()
        .then(({ index, diagnose }) => {
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
