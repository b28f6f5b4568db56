import { describe, expect, test } from "vitest";
import { agentPasswordProblem, basicPassword, checkAgent, samePassword } from "@/lib/auth/agent";

// What a browser sends: the UTF-8 bytes of "user:password", base64-encoded.
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
const good = "correct horse battery";

describe("the agent password's credentials", () => {
  test("are decoded as UTF-8, so a non-ASCII password matches", () => {
    const password = "pässwörd-Ω-密码-🔑";
    expect(basicPassword(basic("agent", password))).toBe(password);
    expect(checkAgent(basic("agent", password), password)).toEqual({ ok: true });
  });

  test("keep colons inside the password and ignore the user name", () => {
    expect(basicPassword(basic("anyone", "a:b:c"))).toBe("a:b:c");
  });

  test("are refused when the header is absent, not Basic, not base64 or not UTF-8", () => {
    expect(basicPassword(null)).toBeUndefined();
    expect(basicPassword(`Bearer ${Buffer.from(`a:${good}`).toString("base64")}`)).toBeUndefined();
    expect(basicPassword("Basic !!!not-base64")).toBeUndefined();
    expect(basicPassword(`Basic ${Buffer.from([0x61, 0x3a, 0xff, 0xfe]).toString("base64")}`)).toBeUndefined();
    expect(basicPassword(`Basic ${Buffer.from("no-colon").toString("base64")}`)).toBeUndefined();
  });

  test("match the configured password exactly, in constant time over digests", () => {
    expect(samePassword(good, good)).toBe(true);
    expect(samePassword(`${good} `, good)).toBe(false);
    expect(samePassword("", good)).toBe(false);
    expect(samePassword("x".repeat(100_000), good)).toBe(false);
    // The same text in two Unicode forms (é composed, or e + combining accent) is one password.
    expect(samePassword("caf\u00e9-password-1", "cafe\u0301-password-1")).toBe(true);
  });

  test("a wrong password is 401, the right one passes", () => {
    expect(checkAgent(basic("agent", "wrong-password-x"), good)).toMatchObject({ ok: false, status: 401 });
    expect(checkAgent(null, good)).toMatchObject({ ok: false, status: 401 });
    expect(checkAgent(basic("agent", good), good)).toEqual({ ok: true });
  });
});

describe("the configured agent password", () => {
  test("must be set, not only whitespace, and at least 12 characters", () => {
    expect(agentPasswordProblem(undefined)).toMatch(/not set/);
    expect(agentPasswordProblem("")).toMatch(/not set/);
    expect(agentPasswordProblem(" ")).toMatch(/only whitespace/);
    expect(agentPasswordProblem(" \t ".repeat(10))).toMatch(/only whitespace/);
    expect(agentPasswordProblem("elevenchars")).toMatch(/has 11 characters; it needs at least 12/);
    expect(agentPasswordProblem("twelve-chars")).toBeUndefined();
  });

  test("counts characters, not bytes or UTF-16 units", () => {
    expect(agentPasswordProblem("🔑".repeat(11))).toMatch(/has 11 characters/);
    expect(agentPasswordProblem("ö".repeat(12))).toBeUndefined();
  });

  test("when unusable, locks the edition with 503 and says why, even for a matching credential", () => {
    const result = checkAgent(basic("agent", "short"), "short");
    expect(result).toMatchObject({ ok: false, status: 503 });
    expect(result.ok || result.message).toMatch(/FIXPATH_AGENT_PASSWORD has 5 characters/);
    expect(checkAgent(basic("agent", " "), " ")).toMatchObject({ ok: false, status: 503 });
  });
});
