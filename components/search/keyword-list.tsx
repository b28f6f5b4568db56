import Link from "next/link";
import { SystemBadge } from "@/components/ui/system-badge";
import type { KeywordResult } from "@/lib/search/keyword";
import type { SystemLabels } from "./types";
import { countOf } from "@/lib/text/plural";

export interface KeywordListProps {
  result: KeywordResult;
  query: string;
  systems: SystemLabels;
  onNavigate?: () => void;
}

const linkClass = "font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300";

/** Browsing by keyword: the systems a name points to, then the scenarios whose words match. */
export function KeywordList({ result, query, systems, onNavigate }: KeywordListProps) {
  const more = result.total - result.scenarios.length;
  return (
    <section aria-labelledby="keyword-heading" className="space-y-2">
      <h2 id="keyword-heading" className="text-lg font-semibold">
        Scenarios for <q>{query.trim()}</q>
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 dark:divide-slate-800 dark:border-slate-700" aria-label="Scenarios by keyword">
        {result.systems.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-2 p-2 text-sm">
            {systems[s.id] && <SystemBadge label={s.shortName} accent={systems[s.id]!.accent} title={s.name} />}
            <Link href={s.url} data-result onClick={onNavigate} className={linkClass}>
              {s.name}: {s.scenarioCount === 1 ? "its one scenario" : `all ${countOf(s.scenarioCount, "scenario")}`}
            </Link>
          </li>
        ))}
        {result.scenarios.map(({ card, matched }) => {
          const sys = systems[card.system];
          return (
            <li key={card.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5 p-2 text-sm">
              {sys && <SystemBadge label={sys.shortName} accent={sys.accent} title={sys.name} />}
              <Link href={card.url} data-result onClick={onNavigate} className={linkClass}>
                {card.title}
              </Link>
              <span className="text-xs text-slate-700 dark:text-slate-300">
                {card.group}
                {matched && matched !== "title" && !matched.startsWith("group:") ? ` · ${matched.length > 90 ? `${matched.slice(0, 90)}…` : matched}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          {more} more match{more === 1 ? "" : "es"}: add a word to narrow the list.
        </p>
      )}
    </section>
  );
}
