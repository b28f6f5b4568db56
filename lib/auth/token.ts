/**
 * API tokens for integrations (the Zendesk app): FIXPATH_API_TOKENS, comma-separated, sent as
 * `Authorization: Bearer <token>`. Server-only edge: uses node:crypto.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** At least this long, so a token cannot be guessed in any number of tries the rate limit allows. */
export const MIN_TOKEN_LENGTH = 24;

export interface ApiTokens {
  tokens: string[];
  /** Why some entries were ignored (too short), for one warning in the server log. */
  warning?: string;
}

export function parseApiTokens(raw: string | undefined): ApiTokens {
  const entries = (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const tokens = entries.filter((t) => t.length >= MIN_TOKEN_LENGTH && /^[\x21-\x7e]+$/.test(t));
  const ignored = entries.length - tokens.length;
  return ignored
    ? { tokens, warning: `FIXPATH_API_TOKENS: ignored ${ignored} token(s): a token must be at least ${MIN_TOKEN_LENGTH} printable characters without spaces` }
    : { tokens };
}

export type BearerResult = "absent" | "valid" | "invalid";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * Whether the request carries a bearer token, and whether it is one of `tokens`. Digests make every
 * comparison the same length for timingSafeEqual, and every configured token is compared, so the time
 * taken says nothing about which token came close.
 */
export function checkBearer(authorization: string | null, tokens: readonly string[]): BearerResult {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
  if (!m?.[1]) return "absent";
  const given = digest(m[1]);
  let ok = false;
  for (const t of tokens) ok = timingSafeEqual(given, digest(t)) || ok;
  return ok ? "valid" : "invalid";
}
