import { ChecklistProvider, ChecklistStep, ChecklistToolbar } from "@/components/checklist/client";
import type { FlowScenario } from "@/lib/wizard";

export interface RemedyChecklistProps {
  scenario: FlowScenario;
  /** Needed when several checklists share the page. */
  idPrefix?: string;
  /** Ticks a shared link carried for this scenario. */
  shared?: readonly string[];
}

/** The scenario's remedy as the shared checklist: ticks are stored per scenario, so the scenario page shows them too. */
export function RemedyChecklist({ scenario, idPrefix, shared }: RemedyChecklistProps) {
  return (
    <ChecklistProvider scenarioId={scenario.id} title={scenario.title} url={scenario.url} steps={scenario.steps} idPrefix={idPrefix} shared={shared}>
      <ChecklistToolbar />
      <ol className="remedy-steps my-2 list-decimal space-y-1 pl-6">
        {scenario.steps.map((step) => (
          <ChecklistStep key={step.id} id={step.id} kind={step.kind}>
            {step.text}
          </ChecklistStep>
        ))}
      </ol>
    </ChecklistProvider>
  );
}
