import type { FlowScenario, Ticks, View } from "@/lib/wizard";
import { CopyReply } from "@/components/scenario/reply-button";
import { RemedyChecklist } from "./remedy-checklist";
import { SolvedQuestion } from "./solved-question";

const hasActions = (scenarios: readonly FlowScenario[]) => scenarios.some((s) => s.steps.some((step) => step.kind === "action"));

const link = "font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300";

export type ResultViewProps = { view: Extract<View, { kind: "result" }>; ticks: Ticks };

export function ResultView({ view, ticks }: ResultViewProps) {
  const { scenario, ruledOut, nextTitle } = view;
  return (
    <div className="space-y-6">
      {view.continueHref && (
        <p className="no-print rounded-lg bg-sky-50 px-4 py-3 dark:bg-sky-950/60">
          This is the closest match to what you pasted.{" "}
          <a href={view.continueHref} className={link}>
            Not this? Continue step by step
          </a>
        </p>
      )}
      {ruledOut.length > 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          Not solved by: {ruledOut.map((s) => s.title).join(", ")}. This is the next most likely cause.
        </p>
      )}
      <section aria-labelledby="root-cause" className="space-y-2">
        <h2 id="root-cause" className="text-xl font-semibold">Root cause</h2>
        <p className="text-lg leading-8">{scenario.summary}</p>
        <p className="no-print">
          <a href={scenario.url} className={link}>
            Read the full explanation
          </a>
        </p>
      </section>
      <section aria-labelledby="remedy" className="space-y-2">
        <h2 id="remedy" className="text-xl font-semibold">Remedy</h2>
        <RemedyChecklist scenario={scenario} shared={ticks[scenario.id]} />
        <CopyReply scenario={scenario} />
      </section>
      <SolvedQuestion
        afterActions={hasActions([scenario])}
        yesHref={view.yesHref}
        noHref={view.noHref}
        noLeadsTo={nextTitle ? `we suggest the next most likely cause: ${nextTitle}.` : "we tell you whom to contact and what to send."}
      />
      {nextTitle && (
        <p className="no-print text-sm">
          <a href={view.escalateHref} className={link}>
            Skip to whom to contact
          </a>
        </p>
      )}
    </div>
  );
}

export type GroupChecklistViewProps = { view: Extract<View, { kind: "checklist" }>; ticks: Ticks };

/** "I don't know": every scenario of the group, each with its own checklist. */
export function GroupChecklistView({ view, ticks }: GroupChecklistViewProps) {
  const { group } = view;
  return (
    <div className="space-y-6">
      <p className="text-lg text-slate-700 dark:text-slate-300">{group.hint}</p>
      {group.unknownAdvice && (
        <aside aria-label="Advice" className="rounded-lg border-l-4 border-sky-500 bg-sky-50 px-4 py-3 dark:bg-sky-950/60">
          {group.unknownAdvice}
        </aside>
      )}
      <ol className="space-y-6">
        {group.scenarios.map((s, i) => (
          <li key={s.id}>
            <section aria-labelledby={`cause-${i}`} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h2 id={`cause-${i}`} className="text-lg font-semibold">
                {i + 1}. {s.title}
              </h2>
              <p className="text-slate-700 dark:text-slate-300">
                {s.summary}{" "}
                <a href={s.url} className={`no-print ${link}`}>
                  Read more<span className="sr-only"> about {s.title}</span>
                </a>
              </p>
              <RemedyChecklist scenario={s} idPrefix={`${s.id.replace("/", "-")}-`} shared={ticks[s.id]} />
            </section>
          </li>
        ))}
      </ol>
      <SolvedQuestion
        afterActions={hasActions(group.scenarios)}
        yesHref={view.yesHref}
        noHref={view.noHref}
        noLeadsTo="we tell you whom to contact and what to send."
      />
    </div>
  );
}
