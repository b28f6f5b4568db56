import type { Screen } from "@/lib/wizard";
import { CopyLinkButton } from "./client";
import dynamic from "next/dynamic";
import { StartView } from "./start-view";
import { ChoiceList } from "./choice-list";

// The questions load with the page; the answers' screens (checklists, reply, escalation) in their own
// chunks, fetched ahead in idle time (see app.tsx), so /diagnose keeps its first-load budget.
const ResultView = dynamic(() => import("./result-view").then((m) => m.ResultView));
const GroupChecklistView = dynamic(() => import("./result-view").then((m) => m.GroupChecklistView));
const SolvedView = dynamic(() => import("./outcome-view").then((m) => m.SolvedView));
const EscalationView = dynamic(() => import("./outcome-view").then((m) => m.EscalationView));
const UnsureView = dynamic(() => import("./unsure-view").then((m) => m.UnsureView));

/** Fetches the answer screens' chunks, so that a click shows them without waiting for the network. */
export function preloadScreens(): void {
  void import("./result-view");
  void import("./outcome-view");
  void import("./unsure-view");
}
import { SystemBadge } from "@/components/ui/system-badge";
import { WizardEnd } from "@/components/insights/wizard-end";

export interface WizardProps {
  screen: Screen;
}

function Eyebrow({ screen }: WizardProps) {
  const v = screen.view;
  if (v.kind === "system") return null;
  const where = v.kind === "group" ? undefined : "group" in v ? v.group.label : undefined;
  const lead = v.kind === "result" ? (v.ruledOut.length > 0 ? "Next most likely root cause" : "Most likely root cause") : where;
  return (
    <p className="mb-2 flex items-start gap-2 text-sm text-slate-700 dark:text-slate-300">
      <SystemBadge label={v.system.shortName} accent={v.system.accent} title={v.system.name} />
      <span>{lead ? `${v.system.name} · ${lead}` : v.system.name}</span>
    </p>
  );
}

function Body({ screen }: WizardProps) {
  const v = screen.view;
  switch (v.kind) {
    case "system":
      return <StartView view={v} title={screen.title} />;
    case "group":
      return <ChoiceList label={screen.title} choices={v.choices} extra={v.unsure} idPrefix="group" />;
    case "unsure":
      return <UnsureView view={v} />;
    case "scenario":
      return <ChoiceList label={screen.title} choices={v.choices} extra={v.unknown} idPrefix="scenario" />;
    case "result":
      return <ResultView view={v} ticks={screen.ticks} />;
    case "checklist":
      return <GroupChecklistView view={v} ticks={screen.ticks} />;
    case "solved":
      return <SolvedView view={v} startHref={screen.startHref} />;
    case "escalation":
      return <EscalationView view={v} startHref={screen.startHref} />;
  }
}

/** The checklists on this screen, whose ticks "Copy link" carries. */
function linkChecklists(screen: Screen) {
  const v = screen.view;
  if (v.kind === "result") return { system: v.system.id, checklists: [v.scenario] };
  if (v.kind === "checklist") return { system: v.system.id, checklists: v.group.scenarios };
  return {};
}

/** One wizard step: progress, Back, Copy link, any notice, the question as the page's <h1>, and its answers. */
export function Wizard({ screen }: WizardProps) {
  const { progress } = screen;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <div className="no-print space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-3">
          {screen.backHref ? (
            <a href={screen.backHref} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
              <span aria-hidden="true">← </span>Back
            </a>
          ) : (
            <span />
          )}
          <CopyLinkButton {...linkChecklists(screen)} />
        </div>
        <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
          Step {progress.step} of {progress.total}: {progress.label}
        </p>
        <div aria-hidden="true" className="h-1.5 w-full rounded-full bg-slate-200 dark:bg-slate-800">
          <div className="h-1.5 rounded-full bg-sky-600" style={{ width: `${(progress.step / progress.total) * 100}%` }} />
        </div>
      </div>
      {screen.notices.length > 0 && (
        <div role="status" className="rounded-lg border-l-4 border-amber-500 bg-amber-50 px-4 py-3 dark:bg-amber-950/60">
          {screen.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {/* Not a <header>: the print stylesheet hides those, and the title must print. */}
      <div>
        <Eyebrow screen={screen} />
        <h1 tabIndex={-1} className="text-2xl outline-none font-bold tracking-tight break-words sm:text-3xl">{screen.title}</h1>
      </div>
      <Body screen={screen} />
      <WizardEnd screen={screen} />
    </article>
  );
}
