import Link from "next/link";
import type { KeyboardEvent } from "react";
import { SystemBadge } from "@/components/ui/system-badge";
import type { Match } from "@/lib/match";
import type { SystemLabels } from "./types";

const kindLabel: Record<string, string> = {
  signature: "Matched the message",
  status: "Matched the status",
  symptom: "Matched the symptom",
  title: "Matched the title",
  summary: "Matched the summary",
  words: "Matched the words",
  fuzzy: "Close match",
};

/** The pasted text around the matched span, with the span marked. */
function Excerpt({ query, span }: { query: string; span: [number, number] }) {
  const [start, end] = span;
  const from = Math.max(0, query.lastIndexOf("\n", start - 1) + 1, start - 60);
  const lineEnd = query.indexOf("\n", end);
  const to = Math.min(query.length, lineEnd === -1 ? query.length : lineEnd, end + 60);
  return (
    <span className="block font-mono text-xs break-all text-slate-600 dark:text-slate-400">
      {from > 0 && "…"}
      {query.slice(from, start)}
      <mark className="rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300 dark:text-slate-950">{query.slice(start, end)}</mark>
      {query.slice(end, to)}
      {to < query.length && "…"}
    </span>
  );
}

/** Arrow keys move between result links; Enter follows the focused link. */
export function moveFocus(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = Array.from(list?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? []);
  if (links.length === 0) return;
  event.preventDefault();
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
  if (next < 0) (list?.closest("[data-search]")?.querySelector("textarea, input") as HTMLElement | null)?.focus();
  else links[next]?.focus();
}

export interface ResultsListProps {
  matches: Match[];
  query: string;
  systems: SystemLabels;
  onNavigate?: () => void;
}

export function ResultsList({ matches, query, systems, onNavigate }: ResultsListProps) {
  return (
    <ol className="space-y-3" aria-label="Matching root causes">
      {matches.map((m, i) => {
        const sys = systems[m.system];
        return (
          <li key={m.slug} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <div className="flex flex-wrap items-center gap-2">
              {sys && <SystemBadge label={sys.shortName} accent={sys.accent} title={sys.name} />}
              <Link
                href={m.url}
                data-result
                onClick={onNavigate}
                className="font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
              >
                {m.title}
              </Link>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {i === 0 ? "Best match · " : ""}
                {Math.round(m.score * 100)}%
              </span>
            </div>
            <p className="mt-1 text-sm">
              <span className="text-slate-700 dark:text-slate-300">{kindLabel[m.why.kind] ?? "Matched"}: </span>
              <q className="font-medium">{m.why.text}</q>
            </p>
            {m.why.span && <Excerpt query={query} span={m.why.span} />}
          </li>
        );
      })}
    </ol>
  );
}
