import type { Screen } from "@/lib/wizard";
import { SolvedFeedback } from "./solved-feedback";
import { WizardInsights } from "./wizard-insights";

/** The wizard's insights: the screen reached, and "Did this solve it?" at the end of a path that named a cause. */
export function WizardEnd({ screen }: { screen: Screen }) {
  const v = screen.view;
  const system = "system" in v ? v.system.id : undefined;
  const group = "group" in v ? v.group.id : undefined;
  const scenario = v.kind === "solved" ? v.scenario?.id : v.kind === "escalation" ? v.tried.at(-1)?.id : v.kind === "result" ? v.scenario.id : undefined;
  const path = [system, group, scenario].filter(Boolean).join(" > ");
  const final = v.kind === "solved" || v.kind === "escalation";
  return (
    <>
      <WizardInsights step={v.kind} path={path} system={system} scenario={scenario} />
      {final && scenario && <SolvedFeedback scenario={scenario} channel="wizard" known={v.kind === "solved"} />}
    </>
  );
}
