import type { View } from "@/lib/wizard";
import { EscalationBox } from "@/components/scenario/escalation-box";
import { ChoiceList } from "./choice-list";

export type UnsureViewProps = { view: Extract<View, { kind: "unsure" }> };

/** "I'm not sure" at the group question: every group's own advice, its causes as one checklist, and whom to contact. */
export function UnsureView({ view }: UnsureViewProps) {
  return (
    <div className="space-y-6">
      <p className="text-lg text-slate-700 dark:text-slate-300">
        Pick the closest one and work through all of its causes as one checklist. Each says what to do when you cannot tell.
      </p>
      <ChoiceList label="Check every cause of one group" choices={view.choices} idPrefix="unsure" />
      {view.escalation && <EscalationBox escalation={view.escalation} heading="Or contact support" />}
    </div>
  );
}
