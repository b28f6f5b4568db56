import { polledContentVersion } from "@/lib/content";

export const dynamic = "force-dynamic";

/**
 * Dev only: a fingerprint of content/ so the page can reload itself after an edit; once the page has
 * shown an edit, this poll also runs the catalog-wide content rules (lib/content, polledContentVersion).
 */
export function GET() {
  if (process.env.NODE_ENV === "production") return new Response("Not found", { status: 404 });
  const version = polledContentVersion();
  return Response.json({ version }, { headers: { "cache-control": "no-store" } });
}
