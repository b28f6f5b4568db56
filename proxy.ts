import { NextResponse, type NextRequest } from "next/server";
import { checkAgent } from "@/lib/auth/agent";
import { checkBearer, parseApiTokens } from "@/lib/auth/token";
import { embedHeaders } from "@/lib/embed/headers";

// The edition is fixed at build time (next.config.mjs inlines FIXPATH_EDITION), so a customer build
// can never be switched into showing agent content by the environment it is started in.
const agentEdition = process.env.FIXPATH_EDITION === "agent";

export function proxy(request: NextRequest) {
  // /embed may be framed by FIXPATH_EMBED_ORIGINS, read now, not at build time (README, Embedding).
  const embed = embedHeaders(request.nextUrl.pathname, process.env.FIXPATH_EMBED_ORIGINS, process.env.FIXPATH_CSP);
  const response = gate(request);
  for (const [k, v] of embed) response.headers.set(k, v);
  return response;
}

function gate(request: NextRequest): NextResponse {
  if (!agentEdition) return NextResponse.next();
  // An integration's API token (FIXPATH_API_TOKENS) stands in for the agent password on the API only.
  if (request.nextUrl.pathname === "/api/diagnose" && checkBearer(request.headers.get("authorization"), parseApiTokens(process.env.FIXPATH_API_TOKENS).tokens) === "valid") {
    return NextResponse.next();
  }
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
