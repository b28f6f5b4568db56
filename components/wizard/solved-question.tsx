export interface SolvedQuestionProps {
  yesHref: string;
  noHref: string;
  /** What No leads to, in a few words. */
  noLeadsTo: string;
}

const button = "inline-block rounded-lg px-4 py-2 font-semibold underline-offset-2 hover:underline";

/** "Did this solve it?" as two links to the next states, so it works without JavaScript. */
export function SolvedQuestion({ yesHref, noHref, noLeadsTo }: SolvedQuestionProps) {
  return (
    <section aria-labelledby="solved-question" className="no-print rounded-xl border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="solved-question" className="text-lg font-semibold">
        Did this solve it?
      </h2>
      <ul aria-labelledby="solved-question" className="mt-3 flex flex-wrap gap-3">
        <li>
          <a href={yesHref} className={`${button} border border-sky-700 bg-sky-700 text-white hover:bg-sky-800`}>
            Yes, it's solved
          </a>
        </li>
        <li>
          <a href={noHref} aria-describedby="no-leads-to" className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:bg-slate-950 dark:text-slate-100`}>
            No, still not working
          </a>
        </li>
      </ul>
      <p id="no-leads-to" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        If not, {noLeadsTo}
      </p>
    </section>
  );
}
