import { getCatalog } from "@/lib/content";
import { clientKey, createRateLimiter, RATE_WINDOW_MS, rateLimitConfig } from "@/lib/rate-limit";
import { answerSearchPost, MAX_SEARCH_BODY_BYTES } from "@/lib/search/api";
import { engineForCatalog } from "@/lib/search/catalog-engine";

export const dynamic = "force-dynamic";

// The same allowance as /api/diagnose (FIXPATH_RATE_LIMIT): this door runs the same matcher.
const limiter = createRateLimiter({ limit: rateLimitConfig(process.env.FIXPATH_RATE_LIMIT).limit, windowMs: RATE_WINDOW_MS });
const noStore = { "cache-control": "no-store" };

export async function POST(request: Request) {
  const rate = limiter.take(clientKey(request.headers.get("x-forwarded-for")), Date.now());
  if (!rate.ok) {
    const error = `too many requests: at most ${rate.limit} a minute; try again in ${rate.retryAfterSeconds} s`;
    return Response.json({ error }, { status: 429, headers: { ...noStore, "retry-after": String(rate.retryAfterSeconds) } });
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_SEARCH_BODY_BYTES) {
    return Response.json({ error: `request body is larger than ${MAX_SEARCH_BODY_BYTES} bytes` }, { status: 413, headers: noStore });
  }
  try {
    const a = answerSearchPost(engineForCatalog(getCatalog()), await request.text());
    return Response.json(a.body, { status: a.status, headers: noStore });
  } catch (error) {
    console.error("/api/search failed:", error);
    return Response.json({ error: "search failed on this text; please report it" }, { status: 500, headers: noStore });
  }
}
