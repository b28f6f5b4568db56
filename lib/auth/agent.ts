/** Agent-edition access: HTTP Basic auth against FIXPATH_AGENT_PASSWORD (any user name). Pure. */
export type AgentCheck = { ok: true } | { ok: false; status: 401 | 503; message: string };

export function constantTimeEqual(a: string, b: string): boolean {
  // Compare every character of the longer string so timing does not reveal where they differ.
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export function decodeBasic(header: string | null): string | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? "");
  if (!m?.[1]) return undefined;
  try {
    const decoded = atob(m[1]);
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) : undefined;
  } catch {
    return undefined;
  }
}

export function checkAgent(authorization: string | null, password: string | undefined): AgentCheck {
  if (!password) {
    return { ok: false, status: 503, message: "The agent edition is locked: the server has no FIXPATH_AGENT_PASSWORD set." };
  }
  const given = decodeBasic(authorization);
  if (given !== undefined && constantTimeEqual(given, password)) return { ok: true };
  return { ok: false, status: 401, message: "Agents only: sign in with the agent password." };
}
