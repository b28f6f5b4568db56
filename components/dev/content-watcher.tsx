"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** In `next dev`, refreshes the page when a file under content/ changes (Next does not watch files read with fs). */
export function ContentWatcher() {
  const router = useRouter();
  useEffect(() => {
    let last = "";
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch("/api/dev/content-version", { cache: "no-store" });
        if (res.ok) {
          const { version } = (await res.json()) as { version: string };
          if (last && version !== last) router.refresh();
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
  }, [router]);
  return null;
}
