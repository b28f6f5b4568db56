import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { matchPaste } from "@/components/wizard/paste-match";
import { WizardApp } from "@/components/wizard/app";
import { IncidentNotices } from "@/components/incidents/incident-notices";
import { getCatalog, getIncidents } from "@/lib/content";
import { takeSearch, tooManySearches } from "@/lib/rate-limit/server";
import { pageMetadata } from "@/lib/site";
import { buildFlow, buildScreen, decodeState, encodeState, type Flow, type Screen } from "@/lib/wizard";

interface DiagnosePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

type Params = Awaited<DiagnosePageProps["searchParams"]>;

// Metadata and page render in one request scope: cache() makes the matcher (and the rate limit) run once.
const loadScreen = cache(async (params: Params): Promise<{ flow: Flow; screen: Screen }> => {
  const catalog = getCatalog();
  const flow = buildFlow(catalog);
  const decoded = decodeState(flow, params);
  const text = decoded.state.step === "system" ? decoded.state.paste : undefined;
  if (!text) return { flow, screen: buildScreen(flow, decoded) };
  const rate = await takeSearch(await headers());
  if (rate.ok) return { flow, screen: buildScreen(flow, decoded, matchPaste(catalog, text)) };
  // Over the limit: the paste stays in its box, the questions still work, and the page says why.
  const screen = buildScreen(flow, decoded);
  return { flow, screen: { ...screen, notices: [...screen.notices, `${tooManySearches(rate)} Your paste is kept; you can also answer the questions below.`] } };
});

export async function generateMetadata({ searchParams }: DiagnosePageProps): Promise<Metadata> {
  const { screen } = await loadScreen(await searchParams);
  return pageMetadata({
    title: `${screen.title} · Guided diagnosis`,
    description: "Answer a few questions to find why a message was not delivered, and how to fix it.",
    path: "/diagnose",
  });
}

export default async function DiagnosePage({ searchParams }: DiagnosePageProps) {
  const { flow, screen } = await loadScreen(await searchParams);
  // A new server render (a paste, a reload) starts the client wizard afresh from its screen.
  return (
    <>
      <IncidentNotices incidents={getIncidents()} />
      <WizardApp key={encodeState(screen.state)} flow={flow} initial={screen} />
    </>
  );
}
