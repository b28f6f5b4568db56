import type { ReactNode } from "react";
import type { Range, ReportName } from "@/lib/insights/reports";

/** One report: heading, what it answers, its chart and table, and its CSV download. */
export function ReportSection({ id, title, intro, range, children }: { id: ReportName; title: string; intro: string; range: Range; children: ReactNode }) {
  const csv = `/api/insights/${id}?from=${range.from}&to=${range.to}&format=csv`;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </h2>
        <a className="text-sm underline" href={csv} download>
          Download {title.toLowerCase()} as CSV
        </a>
      </div>
      <p className="text-slate-700 dark:text-slate-300">{intro}</p>
      {children}
    </section>
  );
}
