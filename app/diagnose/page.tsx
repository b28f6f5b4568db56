import type { Metadata } from "next";
import { matchPaste } from "@/components/wizard/paste-match";
import { WizardApp } from "@/components/wizard/app";
import { getCatalog } from "@/lib/content";
import { pageMetadata } from "@/lib/site";
import { buildFlow, buildScreen, decodeState, encodeState, type Flow, type Screen } from "@/lib/wizard";

interface DiagnosePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(searchParams: DiagnosePageProps["searchParams"]): Promise<{ flow: Flow; screen: Screen }> {
  const catalog = getCatalog();
  const flow = buildFlow(catalog);
  const decoded = decodeState(flow, await searchParams);
  const paste = decoded.state.step === "system" && decoded.state.paste ? matchPaste(catalog, decoded.state.paste) : undefined;
  return { flow, screen: buildScreen(flow, decoded, paste) };
}

export async function generateMetadata({ searchParams }: DiagnosePageProps): Promise<Metadata> {
  const { screen } = await load(searchParams);
  return pageMetadata({
    title: `${screen.title} · Guided diagnosis`,
    description: "Answer a few questions to find why a message was not delivered, and how to fix it.",
    path: "/diagnose",
  });
}

export default async function DiagnosePage({ searchParams }: DiagnosePageProps) {
  const { flow, screen } = await load(searchParams);
  // A new server render (a paste, a reload) starts the client wizard afresh from its screen.
  return <WizardApp key={encodeState(screen.state)} flow={flow} initial={screen} />;
}
