import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LifecycleDiagram } from "@/components/diagram";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MdxContent } from "@/components/mdx/mdx-content";
import { EscalationBox } from "@/components/scenario/escalation-box";
import { ScenarioLinks } from "@/components/scenario/scenario-links";
import { SystemBadge } from "@/components/ui/system-badge";
import { bodyCode, getScenarios, getSystem, getSystemParams } from "@/lib/content";
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

const groupHeading = { stage: "Stages", status: "Statuses", symptom: "Symptoms" } as const;

export default async function SystemPage({ params }: SystemPageProps) {
  const system = getSystem((await params).system);
  if (!system) notFound();
  const scenarios = getScenarios(system.id);
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
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="lg:col-start-2 lg:row-start-1">
          <LifecycleDiagram system={system} scenarios={scenarios} />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <MdxContent code={await bodyCode(system)} />
        </div>
      </div>
      {system.facts.length > 0 && (
        <section aria-labelledby="facts" className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <h2 id="facts" className="text-lg font-semibold">Applies to every {system.shortName} scenario</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {system.facts.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="groups" className="space-y-6">
        <h2 id="groups" className="text-2xl font-semibold">{groupHeading[system.groupBy]}</h2>
        <ol className="space-y-6">
          {system.groups.map((g, i) => {
            const members = scenarios.filter((s) => s.group === g.id);
            return (
              <li key={g.id} id={g.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <h3 className="text-lg font-semibold">
                  <span className="text-slate-600 dark:text-slate-400">{i + 1}. </span>
                  {g.label}
                </h3>
                <p className="text-sm text-slate-700 dark:text-slate-300">{g.hint}</p>
                {g.unknownAdvice && <p className="mt-2 text-sm italic">{g.unknownAdvice}</p>}
                <div className="mt-3">
                  <ScenarioLinks scenarios={members} />
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      {system.escalation && <EscalationBox escalation={system.escalation} />}
    </article>
  );
}
