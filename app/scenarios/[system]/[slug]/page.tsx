import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChecklistProvider } from "@/components/checklist/client";
import { LifecycleDiagram } from "@/components/diagram";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MdxContent } from "@/components/mdx/mdx-content";
import { EscalationBox } from "@/components/scenario/escalation-box";
import { SolvedFeedback } from "@/components/insights/solved-feedback";
import { KeyFactsList } from "@/components/scenario/key-facts";
import { ScenarioLinks } from "@/components/scenario/scenario-links";
import { IncidentNotices } from "@/components/incidents/incident-notices";
import { incidentsFor } from "@/lib/content/incident-active";
import { CopyReply } from "@/components/scenario/reply-button";
import { resolveEscalation } from "@/lib/reply/escalation";
import { SystemBadge } from "@/components/ui/system-badge";
import { bodyCode, getIncidents, getScenario, getScenarioParams, getScenarios, getSystem } from "@/lib/content";
import { formatDate, pageMetadata } from "@/lib/site";

export const dynamicParams = false;
export const generateStaticParams = getScenarioParams;

interface ScenarioPageProps {
  params: Promise<{ system: string; slug: string }>;
}

async function load(params: ScenarioPageProps["params"]) {
  const { system, slug } = await params;
  const scenario = getScenario(`${system}/${slug}`);
  const owner = getSystem(system);
  return scenario && owner ? { scenario, owner } : undefined;
}

export async function generateMetadata({ params }: ScenarioPageProps): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const title = `${found.scenario.title} (${found.owner.shortName})`;
  return pageMetadata({ title, description: found.scenario.summary, path: found.scenario.url });
}

export default async function ScenarioPage({ params }: ScenarioPageProps) {
  const found = await load(params);
  if (!found) notFound();
  const { scenario, owner } = found;
  const group = owner.groups.find((g) => g.id === scenario.group);
  const related = scenario.related.map(getScenario).filter((s) => s !== undefined);
  const escalation = resolveEscalation(scenario.escalation, owner.escalation);
  return (
    <article className="space-y-8">
      <div>
        <Breadcrumbs
          items={[
            { label: "Home", href: "/" },
            { label: owner.name, href: `/systems/${owner.id}` },
            { label: scenario.title },
          ]}
        />
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
          <SystemBadge label={owner.shortName} accent={owner.accent} title={owner.name} />
          {group && (
            <a href={`/systems/${owner.id}#${group.id}`} className="text-slate-700 underline-offset-2 hover:underline dark:text-slate-300">
              {owner.groupBy}: {group.label}
            </a>
          )}
          {scenario.audience === "agent" && (
            <span className="rounded bg-fuchsia-100 px-2 py-0.5 text-xs font-bold text-fuchsia-900">Internal: agents only</span>
          )}
        </div>
        <h1 className="text-3xl font-bold tracking-tight">{scenario.title}</h1>
        <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{scenario.summary}</p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Last reviewed <time dateTime={scenario.reviewed}>{formatDate(scenario.reviewed)}</time> · owned by {scenario.owner}
        </p>
        <div className="mt-4">
          <IncidentNotices incidents={incidentsFor(getIncidents(), scenario)} />
        </div>
        <div className="mt-3">
          <CopyReply scenario={{ title: scenario.title, summary: scenario.summary, url: scenario.url, steps: scenario.steps, reply: scenario.reply }} />
        </div>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          <ChecklistProvider scenarioId={scenario.id} title={scenario.title} url={scenario.url} steps={scenario.steps}>
            <MdxContent code={await bodyCode(scenario)} />
          </ChecklistProvider>
          {scenario.keyFacts.length > 0 && <KeyFactsList facts={scenario.keyFacts} />}
          {related.length > 0 && (
            <section aria-labelledby="related" className="space-y-2">
              <h2 id="related" className="text-lg font-semibold">Related scenarios</h2>
              <ScenarioLinks scenarios={related} />
            </section>
          )}
          <SolvedFeedback scenario={scenario.id} channel="scenario" />
          {escalation && <EscalationBox escalation={escalation} tried={[{ id: scenario.id, title: scenario.title, url: scenario.url, steps: scenario.steps }]} />}
        </div>
        <aside aria-label="Where it fails" className="lg:pt-1">
          <LifecycleDiagram system={owner} scenarios={getScenarios(owner.id)} scenario={scenario} />
        </aside>
      </div>
    </article>
  );
}
