import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { agentPassword, agentPort, e2eApiToken, embedHostPort } from "../../playwright.config";
import { contentType, hostHtml, serve, type ZafHostOptions } from "./zaf-host";

// The Zendesk sidebar app, built as it is shipped (dist/zendesk-app.zip), inside a stand-in for
// Zendesk that answers the ZAF messages it uses. It talks to the agent edition with an API token.
const agentBase = `http://127.0.0.1:${agentPort}`;
const hostPort = embedHostPort + 3;
const appPort = embedHostPort + 4;
const appOrigin = `http://127.0.0.1:${appPort}`;
const basic = `Basic ${Buffer.from(`agent:${agentPassword}`).toString("base64")}`;

test.describe.configure({ mode: "serial" });

let files: Record<string, Uint8Array> = {};
let manifest: { domainWhitelist: string[]; parameters: Array<{ name: string; secure?: boolean }> };
let hostOptions: ZafHostOptions;
const servers: Server[] = [];
/** The secure setting as the Zendesk admin typed it; only the stand-in's "server side" knows it. */
let secureToken = e2eApiToken;

interface CatalogScenario { id: string; title: string; url: string; signatures: string[]; steps: Array<{ id: string; text: string }> }
let scenario: CatalogScenario;

test.beforeAll(async ({ request }) => {
  execFileSync("npx", ["tsx", "scripts/build-zendesk-app.mts", "--url", agentBase, "--out", "test-results/zendesk"], { stdio: "pipe" });
  files = unzipSync(new Uint8Array(readFileSync("test-results/zendesk/zendesk-app.zip")));
  manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
  const catalog = (await (await request.get(`${agentBase}/catalog.json`, { headers: { authorization: basic } })).json()) as { scenarios: CatalogScenario[] };
  scenario = catalog.scenarios.find((s) => s.signatures.length > 0 && s.steps.length > 0)!;
  hostOptions = {
    appOrigin,
    ticket: { subject: "Customers did not get our messages", description: `Hi team,\n\nsince this morning our log shows:\n${scenario.signatures[0]}\n\nThanks, Ana` },
    settings: { fixpath_url: agentBase },
  };
  servers.push(await serve(hostPort, (p) => (p === "/" ? { type: "text/html; charset=utf-8", body: hostHtml(hostOptions) } : undefined)));
  servers.push(await serve(appPort, (p) => (files[p.slice(1)] ? { type: contentType(p), body: files[p.slice(1)]! } : undefined)));
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

/** Zendesk's request proxy: secure settings are put in on the server, and only for whitelisted domains. */
async function exposeProxy(page: Page) {
  await page.exposeFunction("zafHttp", async (o: { url: string; type?: string; contentType?: string; data?: string; headers?: Record<string, string>; secure?: boolean }) => {
    const put = (s: string) => s.replace(/\{\{setting\.token\}\}/g, secureToken);
    if (o.secure && !manifest.domainWhitelist.includes(new URL(o.url).hostname)) return { status: 403, statusText: "Forbidden", text: "domain not whitelisted" };
    const headers = Object.fromEntries(Object.entries(o.headers ?? {}).map(([k, v]) => [k, o.secure ? put(v) : v]));
    const r = await fetch(o.url, { method: o.type ?? "GET", body: o.data, headers: { ...headers, ...(o.contentType ? { "content-type": o.contentType } : {}) } });
    const text = await r.text();
    let json: unknown;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: r.status, statusText: r.statusText, text, json };
  });
}

const app = (page: Page) => page.frameLocator("iframe[title='Fixpath app']");

test("the app reads the ticket, asks Fixpath with the secure token and inserts the reply", async ({ page }) => {
  secureToken = e2eApiToken;
  await exposeProxy(page);
  await page.goto(`http://127.0.0.1:${hostPort}/`);
  const cause = app(page).locator("#causes > li").filter({ hasText: scenario.title }).first();
  await expect(app(page).getByRole("link", { name: scenario.title })).toBeVisible({ timeout: 15_000 });
  await expect(cause).toContainText(scenario.steps[0]!.text);

  // What the app asked the host for, message by message.
  const zaf = await page.evaluate(() => (window as unknown as { __zaf: { gets: string[][]; requests: Array<Record<string, unknown>> } }).__zaf);
  expect(zaf.gets).toContainEqual(["ticket.subject", "ticket.description"]);
  expect(zaf.requests).toHaveLength(1);
  expect(zaf.requests[0]).toMatchObject({ url: `${agentBase}/api/diagnose`, type: "POST", secure: true, headers: { Authorization: "Bearer {{setting.token}}" } });
  expect(JSON.parse(zaf.requests[0]!.data as string).text).toContain(scenario.signatures[0]);
  // The token never reaches the browser: not in a message, not in the app's page.
  expect(JSON.stringify(await page.evaluate(() => (window as unknown as { __zaf: unknown }).__zaf))).not.toContain(e2eApiToken);
  expect(await app(page).locator("html").innerHTML()).not.toContain(e2eApiToken);

  await cause.getByRole("button", { name: "Insert reply" }).click();
  await expect(cause.getByRole("status")).toHaveText("Reply inserted in the comment.");
  const comment = await page.getByLabel("Public reply").inputValue();
  expect(comment).toContain(scenario.steps[0]!.text);
  expect(comment).toContain(scenario.url);
});

test("a wrong token gets a clear message in the sidebar, not a blank app", async ({ page }) => {
  secureToken = "not-the-right-token-000000000000000";
  await exposeProxy(page);
  await page.goto(`http://127.0.0.1:${hostPort}/`);
  await expect(app(page).getByRole("status").first()).toHaveText(/refused the API token/, { timeout: 15_000 });
  await expect(app(page).getByRole("button", { name: "Diagnose the ticket again" })).toBeVisible();
  secureToken = e2eApiToken;
});

test("on the agent edition a token opens /api/diagnose and nothing else; a wrong one is 401", async ({ request }) => {
  // A client of its own (the agent server trusts the loopback proxy), so the wrong credentials here
  // count against no other test's allowance of wrong passwords.
  const client = { "x-forwarded-for": `100.64.${Date.now() % 250}.${Math.floor(Math.random() * 250)}` };
  const text = { text: scenario.signatures[0] };
  const post = (authorization?: string) =>
    request.post(`${agentBase}/api/diagnose`, { data: text, headers: { ...client, ...(authorization ? { authorization } : {}) } });
  expect((await post(`Bearer ${e2eApiToken}`)).status()).toBe(200);
  expect((await post(`Bearer ${e2eApiToken}x`)).status()).toBe(401);
  expect((await post()).status()).toBe(401);
  expect((await request.get(`${agentBase}/catalog.json`, { headers: { ...client, authorization: `Bearer ${e2eApiToken}` } })).status()).toBe(401);
  expect((await post(basic)).status()).toBe(200);
});

test("screenshots and axe: the sidebar app at 1280 and 360 px", async ({ page }) => {
  secureToken = e2eApiToken;
  await exposeProxy(page);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`http://127.0.0.1:${hostPort}/`);
    await expect(app(page).getByRole("link", { name: scenario.title })).toBeVisible({ timeout: 15_000 });
    await app(page).getByRole("button", { name: "Insert reply" }).first().click();
    await expect(page.getByLabel("Public reply")).not.toHaveValue("");
    await page.screenshot({ path: `${process.env.SCREENS_DIR ?? "test-results/screens"}/zendesk-${width}.png`, fullPage: true });
  }
  const { violations } = await new AxeBuilder({ page }).include("#sidebar").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
