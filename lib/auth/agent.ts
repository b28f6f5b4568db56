import { createHash, timingSafeEqual } from "node:crypto";

/** Agent-edition access: HTTP Basic auth against FIXPATH_AGENT_PASSWORD (any user name). */
export type AgentCheck = { ok: true } | { ok: false; status: 401 | 503; message: string };

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Why a configured password cannot be used, or undefined when it can. Length counts characters
 * (code points), so a 12-character non-ASCII password is as good as a 12-letter ASCII one.
 */
export function passwordProblem(password: string | undefined, name: string): string | undefined {
  if (password === undefined || password === "") return `${name} is not set`;
  if (password.trim() === "") return `${name} is only whitespace`;
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `${name} has ${length} characters; it needs at least ${MIN_PASSWORD_LENGTH}`;
  }
  return undefined;
}

export const agentPasswordProblem = (password: string | undefined) => passwordProblem(password, "FIXPATH_AGENT_PASSWORD");

/**
 * The password of a Basic credential, decoded as UTF-8 (what browsers and curl send; RFC 7617's
 * `charset="UTF-8"`, which our challenge announces). Undefined when the header is absent or malformed.
 */
export function basicPassword(header: string | null): string | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header ?? "");
  if (!m?.[1]) return undefined;
  let text: string;
  try {
    const bytes = Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0));
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const colon = text.indexOf(":");
  return colon >= 0 ? text.slice(colon + 1) : undefined;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Digests have one length, so timingSafeEqual never throws and timing reveals neither length nor content. */
export function samePassword(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given.normalize("NFC")), digest(expected.normalize("NFC")));
}

export function checkAgent(authorization: string | null, password: string | undefined): AgentCheck {
  const problem = agentPasswordProblem(password);
  if (problem !== undefined || password === undefined) {
    return { ok: false, status: 503, message: `The agent edition is locked: ${problem}. Ask the server's administrator.` };
  }
  const given = basicPassword(authorization);
  if (given !== undefined && samePassword(given, password)) return { ok: true };
  return { ok: false, status: 401, message: "Agents only: sign in with the agent password." };
}
