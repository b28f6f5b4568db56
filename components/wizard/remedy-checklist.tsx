import { ChecklistProvider, ChecklistStep, ChecklistToolbar } from "@/components/checklist/client";
import type { FlowScenario } from "@/lib/wizard";

export interface RemedyChecklistProps {
  scenario: FlowScenario;
  /** Needed when several checklists share the page. */
  idPrefix?: string;
}

/** The scenario's remedy as the shared checklist: ticks are stored per scenario, so the scenario page shows them too. */
export function RemedyChecklist({ scenario, idPrefix }: RemedyChecklistProps) {
  return (
    <ChecklistProvider scenarioId={scenario.id} title={scenario.title} url={scenario.url} steps={scenario.steps} idPrefix={idPrefix}>
      <ChecklistToolbar />
      <ol className="remedy-steps my-2 list-decimal space-y-1 pl-6">
        {scenario.steps.map((step) => (
          <ChecklistStep key={step.id} id={step.id}>
            {step.text}
          </ChecklistStep>
        ))}
      </ol>
    </ChecklistProvider>
  );
}
