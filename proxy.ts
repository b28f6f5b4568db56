import { NextResponse, type NextRequest } from "next/server";
import { checkAgent } from "@/lib/auth/agent";
import { checkInsights, isInsightsPath } from "@/lib/auth/insights";

// The edition is fixed at build time (next.config.mjs inlines FIXPATH_EDITION), so a customer build
// can never be switched into showing agent content by the environment it is started in.
const agentEdition = process.env.FIXPATH_EDITION === "agent";

const lockedPage = (message: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Insights locked · Fixpath</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><main><h1>Insights are locked</h1><p>${message}</p><p><a href="/">Back to Fixpath</a></p></main></body></html>`;

/** The reports have their own password, in both editions (an agent's password does not open them). */
function guardInsights(request: NextRequest): NextResponse {
  const result = checkInsights(request.headers.get("authorization"), process.env.FIXPATH_INSIGHTS_PASSWORD);
  if (result.ok) return NextResponse.next();
  const api = request.nextUrl.pathname.startsWith("/api/");
  return new NextResponse(api ? JSON.stringify({ error: result.message }) : result.status === 503 ? lockedPage(result.message) : result.message, {
    status: result.status,
    headers: {
      "content-type": api ? "application/json" : result.status === 503 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      ...(result.status === 401 ? { "www-authenticate": 'Basic realm="Fixpath insights", charset="UTF-8"' } : {}),
      "cache-control": "no-store",
    },
  });
}

export function proxy(request: NextRequest) {
  if (isInsightsPath(request.nextUrl.pathname)) return guardInsights(request);
  if (!agentEdition) return NextResponse.next();
  const result = checkAgent(request.headers.get("authorization"), process.env.FIXPATH_AGENT_PASSWORD);
  if (result.ok) return NextResponse.next();
  return new NextResponse(result.message, {
    status: result.status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      ...(result.status === 401 ? { "www-authenticate": 'Basic realm="Fixpath agents", charset="UTF-8"' } : {}),
      "cache-control": "no-store",
    },
  });
}

export const config = {
  matcher: "/:path*",
};
