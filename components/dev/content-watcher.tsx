"use client";

import { useEffect } from "react";

/**
 * In `next dev`, reloads the page when a file under content/ changes: Next does not watch files read
 * with fs, and router.refresh() kept serving the previous render of prerendered routes.
 */
export function ContentWatcher({ version }: { version: string }) {
  useEffect(() => {
    // The version this page was rendered from: an edit made before the first poll still counts.
    const rendered = version;
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch("/api/dev/content-version", { cache: "no-store" });
        if (res.ok) {
          const now = ((await res.json()) as { version: string }).version;
          if (now !== rendered) {
            window.location.reload();
            return;
          }
        }
      } catch {
        /* the dev server is restarting; try again */
      }
      if (!stopped) setTimeout(tick, 700);
    };
    void tick();
    return () => {
      stopped = true;
    };
  }, [version]);
  return null;
}
