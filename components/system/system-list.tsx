import Link from "next/link";
import { SystemBadge } from "@/components/ui/system-badge";
import type { System } from "@/lib/content";
import { countOf } from "@/lib/text/plural";

export interface SystemListProps {
  systems: Array<System & { scenarioCount: number }>;
}

export function SystemList({ systems }: SystemListProps) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {systems.map((s) => (
        <li key={s.id} className="rounded-lg border border-slate-200 p-4 hover:border-slate-400 dark:border-slate-700 dark:hover:border-slate-500">
          <div className="mb-1 flex items-center gap-2">
            <SystemBadge label={s.shortName} accent={s.accent} />
            <span className="text-xs text-slate-600 dark:text-slate-400">{s.vendor}</span>
          </div>
          <Link href={`/systems/${s.id}`} className="font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            {s.name}
          </Link>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {s.product} · {countOf(s.scenarioCount, "scenario")}
          </p>
        </li>
      ))}
    </ul>
  );
}
