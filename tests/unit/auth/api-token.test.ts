import { describe, expect, test } from "vitest";
import { apiAccess } from "@/lib/auth/api-access";
import { checkBearer, MIN_TOKEN_LENGTH, parseApiTokens } from "@/lib/auth/token";

const good = "zendesk-app-token-0123456789abcdef";
const other = "second-integration-token-9876543210";
const basic = (password: string) => `Basic ${Buffer.from(`agent:${password}`).toString("base64")}`;

describe("FIXPATH_API_TOKENS", () => {
  test("is a comma-separated list; blanks are skipped", () => {
    expect(parseApiTokens(` ${good} ,, ${other} `)).toEqual({ tokens: [good, other] });
    expect(parseApiTokens(undefined)).toEqual({ tokens: [] });
  });

  test("a short or spaced token is ignored with a warning, never accepted", () => {
    const parsed = parseApiTokens(`short,${"x".repeat(MIN_TOKEN_LENGTH - 1)},${good}`);
    expect(parsed.tokens).toEqual([good]);
    expect(parsed.warning).toMatch(/ignored 2 token/);
  });
});

describe("a bearer token", () => {
  test("is valid only when it is exactly one of the tokens", () => {
    expect(checkBearer(`Bearer ${good}`, [other, good])).toBe("valid");
    expect(checkBearer(`bearer ${good}`, [good])).toBe("valid");
    expect(checkBearer(`Bearer ${good}x`, [good])).toBe("invalid");
    expect(checkBearer(`Bearer ${good.slice(0, -1)}`, [good])).toBe("invalid");
    expect(checkBearer(`Bearer ${good}`, [])).toBe("invalid");
  });

  test("another scheme or no header is not a bearer token at all", () => {
    expect(checkBearer(null, [good])).toBe("absent");
    expect(checkBearer(basic("pw"), [good])).toBe("absent");
    expect(checkBearer("Bearer ", [good])).toBe("absent");
  });
});

describe("who may call /api/diagnose", () => {
  const base = { tokens: [good], agentEdition: false, agentPassword: undefined };

  test("with no token configured the API stays open, whatever is sent", () => {
    expect(apiAccess({ ...base, tokens: [], authorization: null })).toEqual({ ok: true, via: "open" });
    expect(apiAccess({ ...base, tokens: [], authorization: "Bearer whatever" }).ok).toBe(true);
  });

  test("with tokens configured a valid token passes, a wrong or missing one is 401", () => {
    expect(apiAccess({ ...base, authorization: `Bearer ${good}` })).toEqual({ ok: true, via: "token" });
    expect(apiAccess({ ...base, authorization: `Bearer ${other}` })).toMatchObject({ ok: false, status: 401, error: "the API token is not valid" });
    expect(apiAccess({ ...base, authorization: null })).toMatchObject({ ok: false, status: 401 });
  });

  test("in the agent edition the agent password also passes; in the customer edition it does not", () => {
    const agent = { ...base, agentEdition: true, agentPassword: "correct horse battery" };
    expect(apiAccess({ ...agent, authorization: basic("correct horse battery") })).toEqual({ ok: true, via: "agent-password" });
    expect(apiAccess({ ...agent, authorization: basic("wrong") }).ok).toBe(false);
    expect(apiAccess({ ...base, agentPassword: "correct horse battery", authorization: basic("correct horse battery") }).ok).toBe(false);
  });
});
