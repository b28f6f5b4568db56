"use client";

import { useEffect, useState } from "react";
import type { Incident } from "@/lib/content/incidents";
import { ActiveIncidents } from "./active-incidents";

let loaded: Promise<Incident[]> | undefined;
/** /incidents.json, once per page; an error shows no banner (the results still work). */
function loadIncidents(): Promise<Incident[]> {
  loaded ??= fetch("/incidents.json")
    .then((r) => (r.ok ? (r.json() as Promise<{ incidents: Incident[] }>) : { incidents: [] }))
    .then((d) => d.incidents)
    .catch(() => []);
  return loaded;
}

/** Active incidents that concern any of the matched scenarios (named, or their system named). */
export function ResultIncidents({ matches }: { matches: Array<{ slug: string; system: string }> }) {
  const [incidents, setIncidents] = useState<Incident[]>([]);
  useEffect(() => {
    if (matches.length === 0) return;
    let live = true;
    void loadIncidents().then((all) => {
      if (live) setIncidents(all);
    });
    return () => {
      live = false;
    };
  }, [matches.length]);
  const relevant = incidents.filter((i) => matches.some((m) => i.scenarios.includes(m.slug) || i.systems.includes(m.system)));
  return relevant.length ? <ActiveIncidents incidents={relevant} /> : null;
}
