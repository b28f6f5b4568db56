import { getCatalog } from "@/lib/content";
import { readCapped } from "@/lib/http/read-capped.mjs";
import { answerGet, answerPost, MAX_BODY_BYTES, type ApiAnswer } from "@/lib/match/api";
import { postedText, recordApiAnswer } from "@/lib/insights/ingest";
import { indexForCatalog } from "@/lib/match/catalog-index";
import { apiAccess } from "@/lib/auth/api-access";
import { parseApiTokens } from "@/lib/auth/token";
import { withRemedies } from "@/lib/integrations/remedies";
import { siteUrl } from "@/lib/site";
import type { RateDecision } from "@/lib/rate-limit";
import { takeSearch, tooManySearches } from "@/lib/rate-limit/server";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

// --- API tokens and remedies (README, "API tokens"): FIXPATH_API_TOKENS is read when the server starts. ---
const tokens = parseApiTokens(process.env.FIXPATH_API_TOKENS);
if (tokens.warning) console.warn(tokens.warning);

/** A 401 when tokens are configured and the request has neither a valid one nor (agent edition) the password. */
function refuseUnauthorized(request: Request): Response | undefined {
  const access = apiAccess({
    authorization: request.headers.get("authorization"),
    tokens: tokens.tokens,
    agentEdition: process.env.FIXPATH_EDITION === "agent",
    agentPassword: process.env.FIXPATH_AGENT_PASSWORD,
  });
  if (access.ok) return undefined;
  return Response.json({ error: access.error }, { status: 401, headers: { ...noStore, "www-authenticate": 'Bearer realm="Fixpath API"' } });
}

/** Each match gains its first remedy steps and a reply for the customer. */
function withSteps(a: ApiAnswer): ApiAnswer {
  return a.status === 200 ? { status: 200, body: { matches: withRemedies(a.body.matches, getCatalog(), siteUrl()) } } : a;
}
// --- end API tokens and remedies ---

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

export async function POST(request: Request) {
  // Counted first, so that guessing tokens is rate-limited too.
  const { rate, refused } = await throttle(request);
  if (refused) return refused;
  const unauthorized = refuseUnauthorized(request);
  if (unauthorized) return unauthorized;
  let body: string | undefined;
  try {
    body = await readCapped(request, MAX_BODY_BYTES);
  } catch {
    return reply({ status: 400, body: { error: "could not read the request body" } }, rate);
  }
  if (body === undefined) return reply({ status: 413, body: { error: `request body is larger than ${MAX_BODY_BYTES} bytes` } }, rate);
  try {
    const answer = withSteps(answerPost(indexForCatalog(getCatalog()), body));
    recordApiAnswer(request, answer, postedText(body));
    return reply(answer, rate);
  } catch (error) {
    return failed(error);
  }
}

export async function GET(request: Request) {
  // Counted first, so that guessing tokens is rate-limited too.
  const { rate, refused } = await throttle(request);
  if (refused) return refused;
  const unauthorized = refuseUnauthorized(request);
  if (unauthorized) return unauthorized;
  try {
    const params = new URL(request.url).searchParams;
    const answer = withSteps(answerGet(indexForCatalog(getCatalog()), params));
    recordApiAnswer(request, answer, () => params.get("q") ?? undefined);
    return reply(answer, rate);
  } catch (error) {
    return failed(error);
  }
}
