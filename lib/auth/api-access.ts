import { checkAgent } from "./agent";
import { checkBearer } from "./token";

export type ApiAccess = { ok: true; via: "open" | "token" | "agent-password" } | { ok: false; status: 401; error: string };

export interface ApiAccessInput {
  authorization: string | null;
  /** Parsed FIXPATH_API_TOKENS. */
  tokens: readonly string[];
  agentEdition: boolean;
  agentPassword: string | undefined;
}

/**
 * Who may call /api/diagnose (README, "API tokens"):
 * - no tokens configured: open, as before (in the agent edition proxy.ts has already asked for the password);
 * - tokens configured: a valid `Authorization: Bearer <token>`, or, in the agent edition, the agent
 *   password the browser sent; a wrong or missing token is 401.
 */
export function apiAccess({ authorization, tokens, agentEdition, agentPassword }: ApiAccessInput): ApiAccess {
  if (tokens.length === 0) return { ok: true, via: "open" };
  const bearer = checkBearer(authorization, tokens);
  if (bearer === "valid") return { ok: true, via: "token" };
  if (bearer === "invalid") return { ok: false, status: 401, error: "the API token is not valid" };
  if (agentEdition && checkAgent(authorization, agentPassword).ok) return { ok: true, via: "agent-password" };
  return { ok: false, status: 401, error: "this API needs a token: send Authorization: Bearer <token>" };
}
