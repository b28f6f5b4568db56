import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LifecycleDiagram } from "@/components/diagram";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MdxContent } from "@/components/mdx/mdx-content";
import { EscalationBox } from "@/components/scenario/escalation-box";
import { ScenarioGroups } from "@/components/system/scenario-groups";
import { SystemBadge } from "@/components/ui/system-badge";
import { getScenarios, getSystem, getSystemParams, overviewCode } from "@/lib/content";
import { factsBeyondOverview, splitOverview } from "@/lib/content/overview";
import { pageMetadata } from "@/lib/site";

export const dynamicParams = false;
export const generateStaticParams = getSystemParams;

interface SystemPageProps {
  params: Promise<{ system: string }>;
}

export async function generateMetadata({ params }: SystemPageProps): Promise<Metadata> {
  const system = getSystem((await params).system);
  if (!system) return {};
  const description = `Why ${system.product} are not delivered: ${system.name} root causes and remedies.`;
  return pageMetadata({ title: system.name, description, path: `/systems/${system.id}` });
}

// A reference page: the scenarios come first, after one paragraph of overview; the rest of the overview
// and the facts it does not already state wait under "About this system".
export default async function SystemPage({ params }: SystemPageProps) {
  const system = getSystem((await params).system);
  if (!system) notFound();
  const scenarios = getScenarios(system.id);
  const { lead, rest } = splitOverview(system.body);
  const code = await overviewCode(system);
  const facts = factsBeyondOverview(system.facts, system.body);
  return (
    <article className="space-y-8">
      <div>
        <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: system.name }]} />
        <div className="mb-2 flex items-center gap-2">
          <SystemBadge label={system.shortName} accent={system.accent} />
          <span className="text-sm text-slate-600 dark:text-slate-400">{system.vendor}</span>
        </div>
        <h1 className="text-3xl font-bold tracking-tight">{system.name}</h1>
        <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{system.product}</p>
        {lead.children.length > 0 && (
          <div className="mt-4 max-w-3xl">
            <MdxContent code={code.lead} />
          </div>
        )}
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0">
          <ScenarioGroups system={system} scenarios={scenarios} />
        </div>
        <aside aria-label="Lifecycle" className="lg:pt-1">
          <LifecycleDiagram system={system} scenarios={scenarios} />
        </aside>
      </div>
      {(rest.children.length > 0 || facts.length > 0) && (
        <section aria-labelledby="about" className="rounded-lg border border-slate-200 dark:border-slate-800">
          <details>
            <summary className="cursor-pointer px-4 py-3">
              <h2 id="about" className="inline text-xl font-semibold">About this system</h2>
            </summary>
            <div className="space-y-6 px-4 pb-4">
              {rest.children.length > 0 && <MdxContent code={code.rest} />}
              {facts.length > 0 && (
                <section aria-labelledby="facts" className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
                  <h3 id="facts" className="text-lg font-semibold">Also true for every {system.shortName} scenario</h3>
                  <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
                    {facts.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                  </ul>
                </section>
              )}
            </div>
          </details>
        </section>
      )}
      {system.escalation && <EscalationBox escalation={system.escalation} />}
    </article>
  );
}
