"use client";

import { useCallback, useEffect, useRef, type MouseEvent } from "react";
import { MAX_EVENT_TEXT, type Channel } from "@/lib/insights/vocabulary";
import { sendEvent } from "./send";

/** A paste counts once it has rested this long: the final text, not every keystroke. */
export const SETTLE_MS = 1500;

interface Scored {
  id: string;
  score: number;
}

/**
 * Records a settled search (its text is masked on the server) with what it matched, and returns a
 * click handler for the results' container that records which result was opened and at what rank.
 */
export function useSearchInsights(text: string, matches: readonly Scored[] | null, channel: Channel) {
  const sent = useRef<string | null>(null);
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    const q = text.trim();
    if (!q || matches === null || sent.current === q) return;
    const send = () => {
      pending.current = null;
      sent.current = q;
      sendEvent({ type: "search", channel, text: q.slice(0, MAX_EVENT_TEXT * 2), matches: matches.slice(0, 10).map((m) => ({ id: m.id, score: m.score })) });
    };
    pending.current = send;
    const timer = setTimeout(send, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text, matches, channel]);

  return useCallback(
    (e: MouseEvent<HTMLElement>) => {
      const link = (e.target as HTMLElement).closest?.('a[href^="/scenarios/"]');
      if (!link) return;
      // Opening a result settles the search that found it.
      pending.current?.();
      const links = [...e.currentTarget.querySelectorAll('a[href^="/scenarios/"]')];
      const scenario = link.getAttribute("href")!.replace(/^\/scenarios\//, "").replace(/[?#].*$/, "");
      sendEvent({ type: "open", channel, scenario, rank: links.indexOf(link) + 1 });
    },
    [channel],
  );
}
