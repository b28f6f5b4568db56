import { NextResponse, type NextRequest } from "next/server";
import { checkAgent } from "@/lib/auth/agent";
import { AGENT_THROTTLE, createAuthThrottle } from "@/lib/auth/throttle";
import { requestClient } from "@/lib/http/request-client";

// The edition is fixed at build time (next.config.mjs inlines FIXPATH_EDITION), so a customer build
// can never be switched into showing agent content by the environment it is started in.
const agentEdition = process.env.FIXPATH_EDITION === "agent";

// One throttle per server process: wrong passwords per client address (docs/security.md).
const throttle = createAuthThrottle(AGENT_THROTTLE);

/** Nothing behind the password may be kept by a shared cache, nor served to another credential. */
const PRIVATE = { "cache-control": "private, no-store", vary: "Authorization" };

function refuse(status: number, message: string, extra: Record<string, string> = {}) {
  return new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...PRIVATE, ...extra },
  });
}

export function proxy(request: NextRequest) {
  if (!agentEdition) return NextResponse.next();
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
