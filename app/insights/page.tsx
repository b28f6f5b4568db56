import type { Metadata } from "next";
import { InsightsReports } from "@/components/insights/reports-view";
import { getInsights } from "@/lib/insights/server";
import { rangeOf, rangeQuery, reportNames, runReport, type Row } from "@/lib/insights/reports";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Insights", robots: { index: false, follow: false } };

interface InsightsPageProps {
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}

/** The docs team's reports; proxy.ts has already checked FIXPATH_INSIGHTS_PASSWORD. */
export default async function InsightsPage({ searchParams }: InsightsPageProps) {
  const sp = await searchParams;
  const one = (v?: string | string[]) => (Array.isArray(v) ? v[0] : v) || undefined;
  const query = rangeQuery.safeParse({ from: one(sp.from), to: one(sp.to) });
  const range = rangeOf(query.success ? query.data : {});
  let reports: Record<string, Row[]> | undefined;
  try {
    const { db } = await getInsights().store();
    reports = Object.fromEntries(await Promise.all(reportNames.map(async (n) => [n, await runReport(db, n, range)] as const)));
  } catch (error) {
    console.error("insights page:", error instanceof Error ? error.message : error);
  }
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">Insights</h1>
      {!query.success && <p role="alert">Those dates could not be read (dates are written YYYY-MM-DD): showing the last 90 days instead.</p>}
      {reports ? (
        <InsightsReports range={range} reports={reports} />
      ) : (
        <p role="alert">The insights database is unavailable right now, so no report can be shown. Searches are unaffected; try again later.</p>
      )}
    </div>
  );
}
