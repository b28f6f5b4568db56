import { NextResponse, type NextRequest } from "next/server";
import { checkAgent } from "@/lib/auth/agent";
import { checkInsights, isInsightsPath } from "@/lib/auth/insights";
import { checkBearer, parseApiTokens } from "@/lib/auth/token";
import { AGENT_THROTTLE, createAuthThrottle } from "@/lib/auth/throttle";
import { embedHeaders } from "@/lib/embed/headers";
import { requestClient } from "@/lib/http/request-client";

// The edition is fixed at build time (next.config.mjs inlines FIXPATH_EDITION), so a customer build
// can never be switched into showing agent content by the environment it is started in.
const agentEdition = process.env.FIXPATH_EDITION === "agent";

// One throttle per server process and password: wrong passwords per client address (docs/security.md).
const throttle = createAuthThrottle(AGENT_THROTTLE);
const insightsThrottle = createAuthThrottle(AGENT_THROTTLE);

/** Nothing behind the password may be kept by a shared cache, nor served to another credential. */
const PRIVATE = { "cache-control": "private, no-store", vary: "Authorization" };

function refuse(status: number, message: string, extra: Record<string, string> = {}) {
  return new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...PRIVATE, ...extra },
  });
}

const lockedPage = (message: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Insights locked · Fixpath</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><main><h1>Insights are locked</h1><p>${message}</p><p><a href="/">Back to Fixpath</a></p></main></body></html>`;

/** The reports have their own password, in both editions (an agent's password does not open them). */
function guardInsights(request: NextRequest): NextResponse {
  const client = requestClient(request.headers);
  const now = Date.now();
  const state = insightsThrottle.check(client, now);
  if (!state.ok) return refuse(429, `Too many wrong passwords from your address: try again in ${state.retryAfterSeconds} s.`, { "retry-after": String(state.retryAfterSeconds) });
  const result = checkInsights(request.headers.get("authorization"), process.env.FIXPATH_INSIGHTS_PASSWORD);
  if (result.ok) {
    insightsThrottle.succeed(client);
    return NextResponse.next();
  }
  // A wrong password counts (a request without credentials is the browser asking for the prompt).
  if (result.status === 401 && request.headers.get("authorization") !== null) {
    const failed = insightsThrottle.fail(client, now);
    if (!failed.ok) {
      if (failed.throttledNow) console.warn(`insights: ${client} throttled for ${failed.retryAfterSeconds} s after ${AGENT_THROTTLE.maxFailures} wrong passwords`);
      return refuse(429, `Too many wrong passwords from your address: try again in ${failed.retryAfterSeconds} s.`, { "retry-after": String(failed.retryAfterSeconds) });
    }
  }
  const api = request.nextUrl.pathname.startsWith("/api/");
  return new NextResponse(api ? JSON.stringify({ error: result.message }) : result.status === 503 ? lockedPage(result.message) : result.message, {
    status: result.status,
    headers: {
      "content-type": api ? "application/json" : result.status === 503 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      ...(result.status === 401 ? { "www-authenticate": 'Basic realm="Fixpath insights", charset="UTF-8"' } : {}),
      "cache-control": "private, no-store",
      vary: "Authorization",
    },
  });
}

export function proxy(request: NextRequest) {
  // /embed may be framed by FIXPATH_EMBED_ORIGINS, read now, not at build time (README, Embedding).
  const embed = embedHeaders(request.nextUrl.pathname, process.env.FIXPATH_EMBED_ORIGINS, process.env.FIXPATH_CSP);
  const response = gate(request);
  for (const [k, v] of embed) response.headers.set(k, v);
  return response;
}

function gate(request: NextRequest): NextResponse {
  if (isInsightsPath(request.nextUrl.pathname)) return guardInsights(request);
  if (!agentEdition) return NextResponse.next();
  // An integration's API token (FIXPATH_API_TOKENS) stands in for the agent password on the API only.
  if (request.nextUrl.pathname === "/api/diagnose" && checkBearer(request.headers.get("authorization"), parseApiTokens(process.env.FIXPATH_API_TOKENS).tokens) === "valid") {
    const response = NextResponse.next();
    for (const [k, v] of Object.entries(PRIVATE)) response.headers.set(k, v);
    return response;
  }
  const client = requestClient(request.headers);
  const now = Date.now();
  const state = throttle.check(client, now);
  if (!state.ok) {
    return refuse(429, `Too many wrong passwords from your address: try again in ${state.retryAfterSeconds} s.`, {
      "retry-after": String(state.retryAfterSeconds),
    });
  }
  const result = checkAgent(request.headers.get("authorization"), process.env.FIXPATH_AGENT_PASSWORD);
  if (result.ok) {
    throttle.succeed(client);
    const response = NextResponse.next();
    for (const [k, v] of Object.entries(PRIVATE)) response.headers.set(k, v);
    return response;
  }
  if (result.status === 503) return refuse(503, result.message);
  // A request without credentials is a browser asking for the password prompt, not a guess.
  if (request.headers.get("authorization") !== null) {
    const failed = throttle.fail(client, now);
    if (!failed.ok) {
      if (failed.throttledNow) {
        // One line per throttle event; never the password or the credential.
        console.warn(`agent edition: ${client} throttled for ${failed.retryAfterSeconds} s after ${AGENT_THROTTLE.maxFailures} wrong passwords`);
      }
      return refuse(429, `Too many wrong passwords from your address: try again in ${failed.retryAfterSeconds} s.`, {
        "retry-after": String(failed.retryAfterSeconds),
      });
    }
  }
  return refuse(401, result.message, { "www-authenticate": 'Basic realm="Fixpath agents", charset="UTF-8"' });
}

export const config = {
  matcher: "/:path*",
};
