import { acceptFeedback } from "@/lib/insights/ingest";

export const dynamic = "force-dynamic";

/** "Did this solve it?" from pages and integrations (README, Insights). */
export async function POST(request: Request) {
  const { status, body } = await acceptFeedback(request);
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
