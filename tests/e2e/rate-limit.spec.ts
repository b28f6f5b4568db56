import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { limitPort, lowRateLimit, trustNonePort } from "../../playwright.config";

// The limit server trusts the loopback proxy, so each test names its own client in X-Forwarded-For;
// the trust-none server (the default setting) must ignore that header.
const octet = () => Math.floor(Math.random() * 254) + 1;
const client = () => ({ "x-forwarded-for": `100.${octet()}.${octet()}.${octet()}` });
const limitBase = `http://127.0.0.1:${limitPort}`;

test("by default (no trusted proxy), rotating X-Forwarded-For does not get a fresh allowance", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${trustNonePort}` });
  const statuses: number[] = [];
  for (let i = 0; i < lowRateLimit + 3; i++) {
    statuses.push((await api.get("/api/diagnose?q=FAILED", { headers: { "x-forwarded-for": `10.${i}.${i}.${i}` } })).status());
  }
  // Every request is the one TCP peer 127.0.0.1: no more than the limit is answered.
  expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(lowRateLimit);
  expect(statuses.at(-1)).toBe(429);
  await api.dispose();
});

test("/search?q= over the limit says so, keeps the paste in the box, and is not an error page", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: client() });
  const api = context.request;
  for (let i = 0; i < lowRateLimit; i++) expect((await api.get(`${limitBase}/api/diagnose?q=FAILED`)).status()).toBe(200);
  const page = await context.newPage();
  const response = await page.goto(`${limitBase}/search?q=${encodeURIComponent("Dispatch is paused")}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Too many searches" })).toContainText(/try again in \d+ s/i);
  await expect(page.getByRole("textbox", { name: "Paste an error message, a status or a log excerpt" })).toHaveValue("Dispatch is paused");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find the root cause");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => v.id), scheme).toEqual([]);
  }
  await context.close();
});

test("/diagnose?q= counts once per request (it used to run the matcher twice) and keeps the paste when over the limit", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: client() });
  const page = await context.newPage();
  const paste = "a paste that matches nothing in particular zzz";
  for (let i = 0; i < lowRateLimit; i++) {
    await page.goto(`${limitBase}/diagnose?q=${encodeURIComponent(paste)}`);
    await expect(page.getByText("Too many searches")).toHaveCount(0);
  }
  await page.goto(`${limitBase}/diagnose?q=${encodeURIComponent(paste)}`);
  await expect(page.getByText(/Too many searches from your address: at most \d+ a minute\. Try again in \d+ s/)).toBeVisible();
  await expect(page.getByRole("textbox", { name: /error message/i })).toHaveValue(paste);
  await context.close();
});

test("the API, /search and /diagnose share one allowance per client", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: client() });
  const page = await context.newPage();
  await page.goto(`${limitBase}/search?q=FAILED`);
  await page.goto(`${limitBase}/diagnose?q=FAILED`);
  for (let i = 2; i < lowRateLimit; i++) expect((await context.request.get(`${limitBase}/api/diagnose?q=FAILED`)).status()).toBe(200);
  expect((await context.request.get(`${limitBase}/api/diagnose?q=FAILED`)).status()).toBe(429);
  await context.close();
});
