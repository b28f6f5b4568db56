import Link from "next/link";
import type { SearchAnswer } from "@/lib/search/answer";
import { countOf } from "@/lib/text/plural";


export interface TableTriageProps {
  table: NonNullable<SearchAnswer["table"]>;
  onNavigate?: () => void;
}

/** A pasted table, triaged: each distinct cause with how many rows it explains, most rows first. */
export function TableTriage({ table, onNavigate }: TableTriageProps) {
  const causes = [...table.causes].sort((a, b) => Number(a.slug === null) - Number(b.slug === null) || b.count - a.count);
  const known = causes.filter((c) => c.slug !== null).length;
  return (
    <section aria-labelledby="table-heading" className="space-y-2">
      <h2 id="table-heading" className="text-lg font-semibold">
        {countOf(table.rows, "row")}: {countOf(known, "known cause")}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 dark:divide-slate-800 dark:border-slate-700" aria-label="Rows per cause">
        {causes.map((c) => (
          <li key={c.slug ?? "none"} className="p-2 text-sm">
            {c.slug && c.url ? (
              <Link href={c.url} data-result onClick={onNavigate} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                {c.title ?? c.slug} — {countOf(c.count, "row")}
              </Link>
            ) : (
              <Link href="/diagnose" data-result onClick={onNavigate} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                no known cause — {countOf(c.count, "row")}
              </Link>
            )}
            <span className="block truncate font-mono text-xs text-slate-700 dark:text-slate-300">e.g. {c.sample}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
