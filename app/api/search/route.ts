import { getCatalog } from "@/lib/content";
import { readCapped } from "@/lib/http/read-capped.mjs";
import { takeSearch, tooManySearches } from "@/lib/rate-limit/server";
import { answerSearchPost, MAX_SEARCH_BODY_BYTES } from "@/lib/search/api";
import { engineForCatalog } from "@/lib/search/catalog-engine";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/** The browser's search for a catalog too large to send it (lib/search/catalog-engine); one allowance with every other search door. */
export async function POST(request: Request) {
  const rate = await takeSearch(request.headers);
  if (!rate.ok) {
    return Response.json({ error: tooManySearches(rate) }, { status: 429, headers: { ...noStore, "retry-after": String(rate.retryAfterSeconds) } });
  }
  const text = await readCapped(request, MAX_SEARCH_BODY_BYTES);
  if (text === undefined) {
    return Response.json({ error: `request body is larger than ${MAX_SEARCH_BODY_BYTES} bytes` }, { status: 413, headers: noStore });
  }
  try {
    const a = answerSearchPost(engineForCatalog(getCatalog()), text);
    return Response.json(a.body, { status: a.status, headers: noStore });
  } catch (error) {
    console.error("/api/search failed:", error);
    return Response.json({ error: "search failed on this text; please report it" }, { status: 500, headers: noStore });
  }
}
