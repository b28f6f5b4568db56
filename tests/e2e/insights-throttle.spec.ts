import { expect, test } from "@playwright/test";
import { AGENT_THROTTLE } from "../../lib/auth/throttle";
import { insightsPassword, limitPort } from "../../playwright.config";

// The low-limit server trusts loopback proxies, so X-Forwarded-For names a client here: one client
// guessing the reports' password is throttled, and another client with the right one still gets in.
const base = `http://127.0.0.1:${limitPort}`;
const basic = (password: string) => `Basic ${Buffer.from(`docs:${password}`).toString("base64")}`;

test("wrong insights passwords are throttled per client, never for everyone", async ({ request }) => {
  test.setTimeout(150_000);
  const guesser = { "x-forwarded-for": "203.0.113.41" };
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const res = await request.get(`${base}/api/insights/unmatched`, { headers: { ...guesser, authorization: basic(`wrong-guess-${i}-xxxxxxxx`) } });
    statuses.push(res.status());
  }
  // The wrong password that reaches the limit is the first one refused.
  const allowed = AGENT_THROTTLE.maxFailures - 1;
  expect(statuses.slice(0, allowed)).toEqual(Array(allowed).fill(401));
  expect(statuses.slice(allowed)).toEqual(Array(statuses.length - allowed).fill(429));
  const throttled = await request.get(`${base}/api/insights/unmatched`, { headers: { ...guesser, authorization: basic(insightsPassword) } });
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);

  // The server's embedded database may still be starting: a colleague's request is answered once it is.
  const colleague = () => request.get(`${base}/api/insights/unmatched`, { headers: { "x-forwarded-for": "198.51.100.23", authorization: basic(insightsPassword) } });
  await expect.poll(async () => (await colleague()).status(), { timeout: 120_000, intervals: [1000] }).toBe(200);
});
