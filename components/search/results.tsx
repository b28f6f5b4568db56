import Link from "next/link";
import { SystemBadge } from "@/components/ui/system-badge";
import type { SystemCard } from "@/lib/search/cards";
import { systemStartHref, WIZARD_PATH } from "@/lib/wizard/href";
import type { KeyboardEvent } from "react";
import { isEmptyAnswer, type SearchAnswer } from "@/lib/search/answer-shape";
import { isKeywordQuery } from "@/lib/search/query-kind";
import { KeywordList } from "./keyword-list";
import { ResultCard } from "./result-card";
import { TableTriage } from "./table-triage";
import type { SystemLabels } from "./types";
import { countOf } from "@/lib/text/plural";

/**
 * Arrow keys between result links; Enter follows the focused link. From the search field, a
 * one-line input moves on plain ↓, a paste box only on Alt+↓: there ↑ and ↓ move the cursor.
 */
export function moveFocus(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const inPasteBox = (event.target as HTMLElement).tagName === "TEXTAREA";
  if (inPasteBox && !event.altKey) return;
  const links = Array.from(list?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? []);
  if (links.length === 0) return;
  event.preventDefault();
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
  if (next < 0) (list?.closest("[data-search]")?.querySelector("textarea, input") as HTMLElement | null)?.focus();
  else links[next]?.focus();
}

/** Rows per cause help an agent triage an export; for one row the result cards say it all. */
export const MIN_TABLE_ROWS = 2;

export interface SearchResultsProps {
  answer: SearchAnswer;
  query: string;
  systems: SystemLabels;
  onNavigate?: () => void;
}

/**
 * A paste's diagnosis (result cards, or the rows of a table per cause) and, for a short query,
 * the scenarios it names by keyword. A short query shows keyword results first: `dispatch` is a
 * request to browse, not an error message.
 */
export function SearchResults({ answer, query, systems, onNavigate }: SearchResultsProps) {
  if (isEmptyAnswer(answer)) return <NoMatch named={answer.named} systems={systems} onNavigate={onNavigate} />;
  const diagnosis = answer.matches.length > 0 && (
    <section aria-labelledby="diagnosis-heading" className="space-y-2" key="diagnosis">
      <h2 id="diagnosis-heading" className="text-lg font-semibold">
        {countOf(answer.matches.length, `${answer.matches.some((m) => m.match.confidence !== "possible") ? "likely" : "possible"} root cause`)}
      </h2>
      <ol className="space-y-3" aria-label="Matching root causes">
        {answer.matches.map((item, i) => (
          <ResultCard key={item.match.slug} item={item} query={query} systems={systems} best={i === 0 && answer.matches.length > 1} onNavigate={onNavigate} />
        ))}
      </ol>
    </section>
  );
  const keyword = answer.keyword && (answer.keyword.scenarios.length > 0 || answer.keyword.systems.length > 0) && (
    <KeywordList key="keyword" result={answer.keyword} query={query} systems={systems} onNavigate={onNavigate} />
  );
  const keywordFirst = isKeywordQuery(query) && query.trim().split(/\s+/).length <= 2 && answer.matches[0]?.match.confidence !== "exact";
  return (
    <div className="space-y-5">
      {answer.table && answer.table.rows >= MIN_TABLE_ROWS && <TableTriage table={answer.table} onNavigate={onNavigate} />}
      {keywordFirst ? [keyword, diagnosis] : [diagnosis, keyword]}
    </div>
  );
}

const linkClass = "font-medium text-sky-800 underline dark:text-sky-300";

/**
 * Nothing matched. When the paste names a system, its scenarios and its guided diagnosis are one
 * click away: a description in someone's own words is still about that system.
 */
export function NoMatch({ named = [], systems, onNavigate }: { named?: SystemCard[]; systems?: SystemLabels; onNavigate?: () => void }) {
  if (named.length === 0)
    return (
      <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
        <h2 className="text-lg font-semibold">No known root cause matches this text</h2>
        <p className="mt-1 text-sm">
          No scenario in our catalog matches these words. Describe what you see in other words, paste the exact error or status, or answer a few questions instead:{" "}
          <Link href={WIZARD_PATH} onClick={onNavigate} className={linkClass}>
            start the guided diagnosis
          </Link>
          .
        </p>
      </div>
    );
  return (
    <section aria-labelledby="no-match-heading" className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id="no-match-heading" className="text-lg font-semibold">
        No known root cause matches this text
      </h2>
      <p className="mt-1 text-sm">
        It names {named.map((s) => s.name).join(" and ")}, but none of {named.length === 1 ? "its" : "their"} scenarios matches these words. A few questions will narrow it down:
      </p>
      <ul className="mt-2 space-y-2 text-sm" aria-label="Systems your text names">
        {named.map((s) => {
          const sys = systems?.[s.id];
          return (
            <li key={s.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              {sys && <SystemBadge label={sys.shortName} accent={sys.accent} title={sys.name} />}
              <Link href={systemStartHref(s.id)} data-result onClick={onNavigate} className={linkClass}>
                Guided diagnosis for {s.name}
              </Link>
              <Link href={s.url} data-result onClick={onNavigate} className={linkClass}>
                Browse its {countOf(s.scenarioCount, "scenario")}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
