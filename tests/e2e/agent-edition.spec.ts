import { expect, test } from "@playwright/test";
import { agentPassword, agentPort } from "../../playwright.config";

const agentBase = `http://127.0.0.1:${agentPort}`;
const basic = (password: string) => `Basic ${Buffer.from(`agent:${password}`).toString("base64")}`;

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
