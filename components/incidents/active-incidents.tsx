"use client";

import { useEffect, useState } from "react";
import { isActive } from "@/lib/content/incident-active";
import type { Incident } from "@/lib/content/incidents";
import { IncidentCard } from "./incident-card";

// setTimeout cannot wait longer than this; a longer wait is re-checked then.
const MAX_TIMER = 2 ** 31 - 1;

/** The next moment any incident starts or ends after `now`, to re-render exactly then. */
function nextChange(incidents: Incident[], now: number): number | undefined {
  const times = incidents.flatMap((i) => [Date.parse(i.start), ...(i.end ? [Date.parse(i.end)] : [])]).filter((t) => t > now);
  return times.length ? Math.min(...times) : undefined;
}

/**
 * The incidents active now, decided in the browser by its clock: the page may have been rendered
 * long before (prerendered at build time). Renders nothing on the server; <IncidentNotices> gives
 * readers without JavaScript the incidents with their dates instead.
 */
export function ActiveIncidents({ incidents }: { incidents: Incident[] }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const current = Date.now();
    setNow(current);
    const next = nextChange(incidents, current);
    if (next === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(MAX_TIMER, next - current + 50));
    return () => clearTimeout(timer);
  }, [incidents, now]);
  if (now === null) return null;
  const active = incidents.filter((i) => isActive(i, now));
  if (active.length === 0) return null;
  return (
    <div className="space-y-2" data-incidents>
      {active.map((i) => (
        <IncidentCard key={i.id} incident={i} />
      ))}
    </div>
  );
}
