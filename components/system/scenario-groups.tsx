import { ScenarioLinks } from "@/components/scenario/scenario-links";
import type { Scenario, System } from "@/lib/content";
import { countOf } from "@/lib/text/plural";

const groupHeading = { stage: "Stages", status: "Statuses", symptom: "Symptoms" } as const;

export interface ScenarioGroupsProps {
  system: System;
  scenarios: Scenario[];
}

/** The system's scenarios under its stages, statuses or symptoms, in lifecycle order; each group is a link target (#id). */
export function ScenarioGroups({ system, scenarios }: ScenarioGroupsProps) {
  return (
    <section aria-labelledby="groups" className="space-y-4">
      <h2 id="groups" className="text-2xl font-semibold">
        {groupHeading[system.groupBy]} <span className="text-base font-normal text-slate-600 dark:text-slate-400">({countOf(scenarios.length, "scenario")})</span>
      </h2>
      <ol className="space-y-4">
        {system.groups.map((g, i) => {
          const members = scenarios.filter((s) => s.group === g.id);
          return (
            <li key={g.id} id={g.id} className="scroll-mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="text-lg font-semibold">
                <span className="text-slate-600 dark:text-slate-400">{i + 1}. </span>
                {g.label}
              </h3>
              <p className="text-sm text-slate-700 dark:text-slate-300">{g.hint}</p>
              {g.unknownAdvice && <p className="mt-2 text-sm italic">{g.unknownAdvice}</p>}
              <div className="mt-3">
                {members.length > 0 ? <ScenarioLinks scenarios={members} /> : <p className="text-sm">No scenario in this edition yet.</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
