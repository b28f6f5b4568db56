import { notEnded } from "@/lib/content/incident-active";
import type { Incident } from "@/lib/content/incidents";
import { ActiveIncidents } from "./active-incidents";
import { IncidentCard } from "./incident-card";

/**
 * The incidents for a page. With JavaScript, only those active now (by the reader's clock); without
 * it, every incident that had not ended when the page was rendered, with its dates, so the reader
 * can judge. An incident that had already ended is left out of the page altogether.
 */
export function IncidentNotices({ incidents }: { incidents: Incident[] }) {
  // Build or request time: an incident that has ended then can never be active later.
  const current = incidents.filter((i) => notEnded(i, Date.now()));
  if (current.length === 0) return null;
  return (
    <>
      <noscript>
        <div className="space-y-2">
          {current.map((i) => (
            <IncidentCard key={i.id} incident={i} />
          ))}
        </div>
      </noscript>
      <ActiveIncidents incidents={current} />
    </>
  );
}
