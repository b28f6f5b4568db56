import type { Metadata } from "next";
import { matchPaste } from "@/components/wizard/paste-match";
import { Wizard } from "@/components/wizard";
import { IncidentNotices } from "@/components/incidents/incident-notices";
import { getCatalog, getIncidents } from "@/lib/content";
import { pageMetadata } from "@/lib/site";
import { buildFlow, buildScreen, decodeState, type Screen } from "@/lib/wizard";

interface DiagnosePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(searchParams: DiagnosePageProps["searchParams"]): Promise<Screen> {
  const catalog = getCatalog();
  const flow = buildFlow(catalog);
  const decoded = decodeState(flow, await searchParams);
  const paste = decoded.state.step === "system" && decoded.state.paste ? matchPaste(catalog, decoded.state.paste) : undefined;
  return buildScreen(flow, decoded, paste);
}

export async function generateMetadata({ searchParams }: DiagnosePageProps): Promise<Metadata> {
  const screen = await load(searchParams);
  return pageMetadata({
    title: `${screen.title} · Guided diagnosis`,
    description: "Answer a few questions to find why a message was not delivered, and how to fix it.",
    path: "/diagnose",
  });
}

export default async function DiagnosePage({ searchParams }: DiagnosePageProps) {
  return (
    <>
      <IncidentNotices incidents={getIncidents()} />
      <Wizard screen={await load(searchParams)} />
    </>
  );
}
