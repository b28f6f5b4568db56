import Link from "next/link";
import { SystemBadge } from "@/components/ui/system-badge";
import type { Confidence } from "@/lib/match";
import type { ResultItem } from "@/lib/search/answer";
import type { SystemLabels } from "./types";
import { countOf } from "@/lib/text/plural";

const kindLabel: Record<string, string> = {
  signature: "the message",
  status: "the status",
  symptom: "the symptom",
  title: "the title",
  summary: "the summary",
  words: "the words",
  fuzzy: "a close spelling of",
};

export const confidenceLabel: Record<Confidence, string> = { exact: "Exact message", likely: "Likely", possible: "Possible" };

const confidenceStyle: Record<Confidence, string> = {
  exact: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  likely: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  possible: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
};

/** The pasted text around the matched span, with the span marked. */
function Excerpt({ query, span }: { query: string; span: [number, number] }) {
  const [start, end] = span;
  if (start < 0 || end > query.length || start >= end) return null;
  const from = Math.max(0, query.lastIndexOf("\n", start - 1) + 1, start - 60);
  const lineEnd = query.indexOf("\n", end);
  const to = Math.min(query.length, lineEnd === -1 ? query.length : lineEnd, end + 60);
  return (
    <span className="block font-mono text-xs break-all text-slate-700 dark:text-slate-300">
      {from > 0 && "…"}
      {query.slice(from, start)}
      <mark className="rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300 dark:text-slate-950">{query.slice(start, end)}</mark>
      {query.slice(end, to)}
      {to < query.length && "…"}
    </span>
  );
}

export interface ResultCardProps {
  item: ResultItem;
  query: string;
  systems: SystemLabels;
  best: boolean;
  onNavigate?: () => void;
}

/** One likely root cause: what it is, what to do first, how sure, and what in the paste said so. */
export function ResultCard({ item: { match, card }, query, systems, best, onNavigate }: ResultCardProps) {
  const sys = systems[match.system];
  const rest = card ? card.stepCount - card.firstSteps.length : 0;
  return (
    <li className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        {sys && <SystemBadge label={sys.shortName} accent={sys.accent} title={sys.name} />}
        <Link href={match.url} data-result onClick={onNavigate} className="font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
          {match.title}
        </Link>
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${confidenceStyle[match.confidence]}`}>
          {best ? "Best match · " : ""}
          {confidenceLabel[match.confidence]}
        </span>
      </div>
      {card && (
        <dl className="mt-2 space-y-1 text-sm">
          <div>
            <dt className="inline font-semibold">Root cause: </dt>
            <dd className="inline">{card.rootCause}</dd>
          </div>
          {card.firstSteps.length > 0 && (
            <div>
              <dt className="inline font-semibold">First step: </dt>
              <dd className="inline">
                {card.firstSteps.join(" ")}
                {rest > 0 && (
                  <span className="text-slate-700 dark:text-slate-300">
                    {" "}
                    (and {countOf(rest, "more step")} on its page)
                  </span>
                )}
              </dd>
            </div>
          )}
        </dl>
      )}
      <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
        Matched {kindLabel[match.why.kind] ?? "the text"}: <q className="font-medium">{match.why.text}</q>
      </p>
      {match.why.span && <Excerpt query={query} span={match.why.span} />}
    </li>
  );
}
