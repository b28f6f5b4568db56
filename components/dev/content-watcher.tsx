"use client";

import { useEffect } from "react";

/**
 * In `next dev`, reloads the page when a file under content/ changes: Next does not watch files read
 * with fs, and router.refresh() kept serving the previous render of prerendered routes.
 */
export function ContentWatcher() {
  useEffect(() => {
    let last = "";
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch("/api/dev/content-version", { cache: "no-store" });
        if (res.ok) {
          const { version } = (await res.json()) as { version: string };
          if (last && version !== last) window.location.reload();
          last = version;
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
  }, []);
  return null;
}
