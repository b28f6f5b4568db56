import type { View } from "@/lib/wizard";
import { EscalationBox } from "@/components/scenario/escalation-box";
import { CheckedList } from "./checked-list";
import { CopyLinkButton } from "./client";

const link = "font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300";
const groupWord = { stage: "Stage", status: "Status", symptom: "Symptom" } as const;

export type SolvedViewProps = { view: Extract<View, { kind: "solved" }>; startHref: string };

export function SolvedView({ view, startHref }: SolvedViewProps) {
  const { system, group, scenario, ruledOut } = view;
  return (
    <div className="space-y-6">
      <p className="text-lg">Glad that fixed it. Here is the short version, for your notes or a ticket.</p>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 p-4 sm:grid-cols-[max-content_1fr] dark:border-slate-700">
        <dt className="font-semibold">Product</dt>
        <dd>{system.name}</dd>
        <dt className="font-semibold">{groupWord[system.groupBy]}</dt>
        <dd>{group.label}</dd>
        {scenario ? (
          <>
            <dt className="font-semibold">Root cause</dt>
            <dd>
              {scenario.title}: {scenario.summary}
            </dd>
            <dt className="font-semibold">Remedy</dt>
            <dd>
              <ol className="list-decimal pl-5">
                {scenario.steps.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ol>
            </dd>
          </>
        ) : (
          <>
            <dt className="font-semibold">Checked</dt>
            <dd>Every cause under “{group.label}”: {group.scenarios.map((s) => s.title).join(", ")}</dd>
          </>
        )}
        {ruledOut.length > 0 && (
          <>
            <dt className="font-semibold">Ruled out</dt>
            <dd>{ruledOut.map((s) => s.title).join(", ")}</dd>
          </>
        )}
      </dl>
      <ul className="no-print flex flex-wrap gap-x-6 gap-y-2">
        {scenario && (
          <li>
            <a href={scenario.url} className={link}>
              Read the full explanation
            </a>
          </li>
        )}
        <li>
          <a href={startHref} className={link}>
            Start a new diagnosis
          </a>
        </li>
      </ul>
    </div>
  );
}

export type EscalationViewProps = { view: Extract<View, { kind: "escalation" }>; startHref: string };

export function EscalationView({ view, startHref }: EscalationViewProps) {
  const { escalations, tried, advice, answers } = view;
  return (
    <div className="space-y-6">
      {advice && (
        <aside aria-label="Advice" className="rounded-lg border-l-4 border-sky-500 bg-sky-50 px-4 py-3 dark:bg-sky-950/60">
          {advice}
        </aside>
      )}
      <div className="space-y-3">
        {escalations.map((item, i) => (
          <EscalationBox
            key={item.contact}
            id={`escalation-${i}`}
            escalation={item}
            heading={escalations.length > 1 ? `Whom to contact for ${item.scenarios.join(", ")}` : "Whom to contact"}
            tried={tried.filter((s) => item.scenarios.length === 0 || item.scenarios.includes(s.title))}
            answers={answers}
            withPaste
          />
        ))}
        <div className="no-print flex flex-wrap items-center gap-2">
          <span>Add the link to this page: it opens on this step.</span>
          <CopyLinkButton label="Copy link to this page" />
        </div>
      </div>
      <section aria-labelledby="tried" className="space-y-2">
        <h2 id="tried" className="text-xl font-semibold">What you checked</h2>
        <CheckedList tried={tried} />
      </section>
      <p className="no-print">
        <a href={startHref} className={link}>
          Start a new diagnosis
        </a>
      </p>
    </div>
  );
}
