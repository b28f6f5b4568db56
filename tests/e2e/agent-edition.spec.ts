import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { agentPassword, agentPort } from "../../playwright.config";

const agentBase = `http://127.0.0.1:${agentPort}`;
const basic = (password: string) => `Basic ${Buffer.from(`agent:${password}`, "utf8").toString("base64")}`;

test("the agent edition refuses a request without the agent credential", async ({ request }) => {
  const response = await request.get(`${agentBase}/scenarios/casa/conversions-missing`);
  expect(response.status()).toBe(401);
  expect(response.headers()["www-authenticate"]).toContain("Basic");
  expect(await response.text()).not.toContain("Dineshr");
});

test("the agent edition refuses a wrong password", async ({ request }) => {
  const response = await request.get(`${agentBase}/catalog.json`, { headers: { authorization: basic("wrong") } });
  expect(response.status()).toBe(401);
});

test("with the credential, internal blocks are served and visibly marked", async ({ browser }) => {
  const context = await browser.newContext({ httpCredentials: { username: "agent", password: agentPassword } });
  const page = await context.newPage();
  await page.goto(`${agentBase}/scenarios/casa/conversions-missing`);
  const internal = page.getByRole("complementary", { name: "Internal: agents only" }).first();
  await expect(internal).toBeVisible();
  await expect(internal).toContainText("Dineshr");
  await context.close();
});

test("the customer edition has no internal blocks at all", async ({ page }) => {
  await page.goto("/scenarios/casa/conversions-missing");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Internal: agents only")).toHaveCount(0);
  expect(await page.content()).not.toContain("Dineshr");
});

// The agent server trusts the loopback proxy (playwright.config.ts), so each test is its own client.
const octet = () => Math.floor(Math.random() * 254) + 1;
const asClient = () => ({ "x-forwarded-for": `100.${octet()}.${octet()}.${octet()}` });

test("everything behind the password is private: no shared cache may keep it", async ({ request }) => {
  const headers = { authorization: basic(agentPassword), ...asClient() };
  const html = await request.get(`${agentBase}/scenarios/casa/conversions-missing`, { headers });
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(await html.text())?.[0];
  expect(chunk).toBeDefined();
  for (const path of ["/scenarios/casa/conversions-missing", "/catalog.json", "/search-index.json", "/no-such-page", chunk ?? "/"]) {
    const response = await request.get(`${agentBase}${path}`, { headers });
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
    expect(response.headers()["vary"], path).toMatch(/\bAuthorization\b/i);
  }
  const refused = await request.get(`${agentBase}/`, { headers: asClient() });
  expect(refused.headers()["cache-control"]).toBe("private, no-store");
});

test("wrong passwords from one address are throttled with 429 and Retry-After; another agent still gets in", async ({ request }) => {
  const attacker = asClient();
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    statuses.push((await request.get(`${agentBase}/`, { headers: { authorization: basic(`guess-${i}`), ...attacker } })).status());
  }
  expect(statuses.slice(0, 9).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(-2)).toEqual([429, 429]);
  // Throttled means throttled: even the right password waits, or guessing would still work.
  const blocked = await request.get(`${agentBase}/`, { headers: { authorization: basic(agentPassword), ...attacker } });
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  const colleague = await request.get(`${agentBase}/`, { headers: { authorization: basic(agentPassword), ...asClient() } });
  expect(colleague.status()).toBe(200);
});

test("a non-ASCII password sent as UTF-8 by the browser is accepted", async ({ browser }) => {
  // playwright.config.ts sets a password with non-ASCII characters on the agent server.
  expect(agentPassword).toMatch(/[^\x00-\x7f]/);
  const context = await browser.newContext({ httpCredentials: { username: "agent", password: agentPassword }, extraHTTPHeaders: asClient() });
  const page = await context.newPage();
  const response = await page.goto(`${agentBase}/`);
  expect(response?.status()).toBe(200);
  await context.close();
});

for (const [password, why] of [["short-pw", /has 8 characters; it needs at least 12/], ["              ", /only whitespace/]] as const) {
  test(`the agent server refuses to start with ${JSON.stringify(password)} as its password, saying why`, async () => {
    test.setTimeout(60_000);
    const child = spawn("node", ["server.mjs", "-H", "127.0.0.1", "-p", String(agentPort + 8)], {
      env: { ...process.env, NEXT_DIST_DIR: process.env.AGENT_DIST_DIR ?? ".next-agent", FIXPATH_AGENT_PASSWORD: password },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 50_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/refusing to start/);
    expect(stderr).toMatch(why);
  });
}
