export interface SolvedQuestionProps {
  yesHref: string;
  noHref: string;
  /** What No leads to, in a few words. */
  noLeadsTo: string;
  /** False when the remedy holds no action to take (only explanations and checks): then only "what next" is offered. */
  afterActions?: boolean;
  /** Called with the answer before the link is followed (for example to record it). */
  onAnswer?: (answer: "yes" | "no") => void;
}

const button = "inline-block rounded-lg px-4 py-2 font-semibold underline-offset-2 hover:underline";

/** "Did this solve it?" as two links to the next states, so it works without JavaScript. Asked only after actions. */
export function SolvedQuestion({ yesHref, noHref, noLeadsTo, afterActions = true, onAnswer }: SolvedQuestionProps) {
  const heading = afterActions ? "Did this solve it?" : "Does this explain it?";
  return (
    <section aria-labelledby="solved-question" className="no-print rounded-xl border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="solved-question" className="text-lg font-semibold">
        {heading}
      </h2>
      <ul aria-labelledby="solved-question" className="mt-3 flex flex-wrap gap-3">
        <li>
          <a href={yesHref} onClick={() => onAnswer?.("yes")} className={`${button} border border-sky-700 bg-sky-700 text-white hover:bg-sky-800`}>
            {afterActions ? "Yes, it's solved" : "Yes, that's it"}
          </a>
        </li>
        <li>
          <a
            href={noHref}
            onClick={() => onAnswer?.("no")}
            aria-describedby="no-leads-to"
            className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:bg-slate-950 dark:text-slate-100`}
          >
            {afterActions ? "No, still not working" : "No, not this"}
          </a>
        </li>
      </ul>
      <p id="no-leads-to" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        If not, {noLeadsTo}
      </p>
    </section>
  );
}
