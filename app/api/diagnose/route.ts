import { getCatalog } from "@/lib/content";
import { answerGet, answerPost, MAX_BODY_BYTES, type ApiAnswer } from "@/lib/match/api";
import { indexForCatalog } from "@/lib/match/catalog-index";
import type { RateDecision } from "@/lib/rate-limit";
import { takeSearch, tooManySearches } from "@/lib/rate-limit/server";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };
const reply = (a: ApiAnswer, rate: RateDecision) =>
  Response.json(a.body, {
    status: a.status,
    headers: { ...noStore, "x-ratelimit-limit": String(rate.limit), "x-ratelimit-remaining": String(rate.remaining) },
  });

/** Counts the request against its client; a Response when the client is over its limit. */
async function throttle(request: Request): Promise<{ rate: RateDecision; refused?: Response }> {
  const rate = await takeSearch(request.headers);
  if (rate.ok) return { rate };
  const error = tooManySearches(rate);
  const refused = Response.json(
    { error },
    { status: 429, headers: { ...noStore, "retry-after": String(rate.retryAfterSeconds), "x-ratelimit-limit": String(rate.limit), "x-ratelimit-remaining": "0" } },
  );
  return { rate, refused };
}

/** A bug must not leak a stack trace: log it here, answer with a plain JSON error. */
function failed(error: unknown): Response {
  console.error("/api/diagnose failed:", error);
  return Response.json({ error: "the matcher failed on this text; please report it" }, { status: 500, headers: noStore });
}

/** Reads at most MAX_BODY_BYTES (+1, to know it was more) so that a huge body is refused, not buffered. */
async function readCapped(request: Request): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

export async function POST(request: Request) {
  const { rate, refused } = await throttle(request);
  if (refused) return refused;
  let body: string | undefined;
  try {
    body = await readCapped(request);
  } catch {
    return reply({ status: 400, body: { error: "could not read the request body" } }, rate);
  }
  if (body === undefined) return reply({ status: 413, body: { error: `request body is larger than ${MAX_BODY_BYTES} bytes` } }, rate);
  try {
    return reply(answerPost(indexForCatalog(getCatalog()), body), rate);
  } catch (error) {
    return failed(error);
  }
}

export async function GET(request: Request) {
  const { rate, refused } = await throttle(request);
  if (refused) return refused;
  try {
    return reply(answerGet(indexForCatalog(getCatalog()), new URL(request.url).searchParams), rate);
  } catch (error) {
    return failed(error);
  }
}
