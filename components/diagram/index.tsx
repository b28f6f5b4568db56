import Link from "next/link";
import type { Scenario, System } from "@/lib/content";
import { DiagramSvg } from "./diagram-svg";
import { layoutDiagram } from "./layout";
import { diagramInputs, failingNodeIds, nodeLinks } from "./model";
import { TextVersion } from "./text-version";

/** The drawing's natural width in CSS pixels: it fits a 360 px phone and a desktop sidebar alike. */
export const DIAGRAM_WIDTH = 340;

export interface LifecycleDiagramProps {
  system: System;
  /** The system's scenarios in this edition, for link titles and counts. */
  scenarios: Scenario[];
  /** On a scenario page: the scenario, whose node is marked "Fails here". */
  scenario?: Scenario;
}

/**
 * A system's lifecycle diagram, drawn from the `diagram` block of its overview. The system page
 * shows every node with links to what fails there; a scenario page shows a compact version with
 * the scenario's node marked.
 */
export function LifecycleDiagram({ system, scenarios, scenario }: LifecycleDiagramProps) {
  const diagram = system.diagram;
  if (!diagram) return null;
  const failing = scenario ? failingNodeIds(diagram, scenario) : [];
  const inputs = diagramInputs(system, diagram, scenarios, { details: !scenario, links: !scenario, failing });
  const layout = layoutDiagram(inputs, diagram.edges, DIAGRAM_WIDTH);
  const links = new Map(diagram.nodes.map((n) => [n.id, nodeLinks(n, system, scenarios)]));
  const idPrefix = scenario ? `diagram-${scenario.slug}` : `diagram-${system.id}`;
  const failingLabels = diagram.nodes.filter((n) => failing.includes(n.id)).map((n) => n.label);
  const description = scenario
    ? `${diagram.description} This scenario fails at: ${failingLabels.join(" and ") || "no single stage"}.`
    : diagram.description;
  const headingId = `${idPrefix}-heading`;

  return (
    <section aria-labelledby={headingId} id="lifecycle" className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold tracking-tight">
        {scenario ? "Where it fails" : diagram.title}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {scenario ? (
          <>
            This scenario fails at <strong>{failingLabels.join(" and ") || "no single stage"}</strong>, marked “Fails
            here” in {system.shortName}&apos;s diagram.
          </>
        ) : (
          diagram.description
        )}
      </p>
      <figure className="rounded-lg border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-900/60">
        <DiagramSvg layout={layout} accent={system.accent} idPrefix={idPrefix} title={diagram.title} description={description} />
      </figure>
      <TextVersion diagram={diagram} layout={layout} inputs={inputs} links={links} />
      {scenario && (
        <p className="text-sm">
          <Link href={`/systems/${system.id}#lifecycle`} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
            Every stage of {system.shortName}, with its scenarios
          </Link>
        </p>
      )}
    </section>
  );
}
