import { getInsights } from "@/lib/insights/server";
import { rangeOf, rangeQuery, reportName, reportNames, runReport, toCsv } from "@/lib/insights/reports";
import { firstIssue } from "@/lib/insights/schema";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/** GET /api/insights/<report>?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv]; the password is checked in proxy.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const name = reportName.safeParse((await params).report);
  if (!name.success) return Response.json({ error: `unknown report; one of ${reportNames.join(", ")}` }, { status: 404, headers: noStore });
  const search = new URL(request.url).searchParams;
  const query = rangeQuery.safeParse({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined });
  if (!query.success) return Response.json({ error: firstIssue(query.error) }, { status: 400, headers: noStore });
  const range = rangeOf(query.data);
  let rows;
  try {
    rows = await runReport((await getInsights().store()).db, name.data, range);
  } catch (error) {
    console.error(`insights report ${name.data} failed:`, error instanceof Error ? error.message : error);
    return Response.json({ error: "the insights database is unavailable; try again later" }, { status: 503, headers: noStore });
  }
  if (search.get("format") === "csv") {
    return new Response(toCsv(rows), {
      headers: { ...noStore, "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="fixpath-${name.data}-${range.from}-${range.to}.csv"` },
    });
  }
  return Response.json({ report: name.data, ...range, rows }, { headers: noStore });
}
