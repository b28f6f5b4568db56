import { doneIds } from "@/lib/checklist/progress";
import { encodeTicks, type Ticks } from "@/lib/wizard/url";
import { readProgress } from "@/components/checklist/store";

export interface LinkChecklist {
  id: string;
  steps: ReadonlyArray<{ id: string; kind?: string; was?: readonly string[] }>;
}

/** The page's URL with the ticks of its checklists as they are now, so the link opens on this step, ticked alike. */
export function linkWithTicks(href: string, system: string | undefined, checklists: readonly LinkChecklist[]): string {
  const url = new URL(href);
  url.searchParams.delete("done");
  if (system && checklists.length > 0) {
    const ticks: Ticks = {};
    for (const c of checklists) {
      const tickable = c.steps.filter((s) => s.kind !== "info");
      const done = doneIds(readProgress(c.id, c.steps), tickable);
      if (done.length > 0) ticks[c.id] = done;
    }
    const done = encodeTicks(system, ticks);
    if (done) url.searchParams.set("done", done);
  }
  return url.href.replaceAll("%2F", "/").replaceAll("%3A", ":").replaceAll("%2C", ",");
}

