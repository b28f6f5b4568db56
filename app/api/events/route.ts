import { acceptPageEvent } from "@/lib/insights/ingest";

export const dynamic = "force-dynamic";

/** Page events (settled searches, opens, wizard steps, escalations), one JSON object per request; sendBeacon-friendly. */
export async function POST(request: Request) {
  const { status, body } = await acceptPageEvent(request);
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
