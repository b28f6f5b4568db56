import type { EscalationItem, View } from "@/lib/wizard";
import { CopyLinkButton } from "./client";
import { ContactLink, SendAlong } from "@/components/scenario/escalation-parts";

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

function Contact({ item, showFor }: { item: EscalationItem; showFor: boolean }) {
  return (
    <li className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      {showFor && <p className="text-sm text-slate-600 dark:text-slate-400">For {item.scenarios.join(", ")}</p>}
      <p className="text-lg">
        <span className="font-semibold">Contact: </span>
        <ContactLink contact={item.contact} />
        {item.via ? ` (${item.via})` : ""}
      </p>
      <SendAlong include={item.include} />
    </li>
  );
}

export type EscalationViewProps = { view: Extract<View, { kind: "escalation" }>; startHref: string };

export function EscalationView({ view, startHref }: EscalationViewProps) {
  const { system, escalations, tried, advice } = view;
  return (
    <div className="space-y-6">
      {advice && (
        <aside aria-label="Advice" className="rounded-lg border-l-4 border-sky-500 bg-sky-50 px-4 py-3 dark:bg-sky-950/60">
          {advice}
        </aside>
      )}
      <section aria-labelledby="contact" className="space-y-3">
        <h2 id="contact" className="text-xl font-semibold">Whom to contact</h2>
        {escalations.length > 0 ? (
          <ul className="space-y-3">
            {escalations.map((item) => (
              <Contact key={item.contact} item={item} showFor={escalations.length > 1} />
            ))}
          </ul>
        ) : (
          <p>
            The {system.shortName} guide names no contact for this. Send whoever looks after your {system.name} setup
            the link to this page and the causes you checked below.
          </p>
        )}
        <div className="flex flex-wrap items-center gap-2">
          <span>Add the link to this page: it opens on this step.</span>
          <CopyLinkButton label="Copy link to this page" />
        </div>
      </section>
      <section aria-labelledby="tried" className="space-y-2">
        <h2 id="tried" className="text-xl font-semibold">What you checked</h2>
        <ul className="list-disc space-y-1 pl-6">
          {tried.map((s) => (
            <li key={s.id}>
              <a href={s.url} className={link}>
                {s.title}
              </a>
              : {s.summary}
            </li>
          ))}
        </ul>
      </section>
      <p className="no-print">
        <a href={startHref} className={link}>
          Start a new diagnosis
        </a>
      </p>
    </div>
  );
}
