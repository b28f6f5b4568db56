import type { Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { embedHostPort, embedOtherPort } from "../../playwright.config";
import { startHostPage, stopServer } from "./host-page";

// The widget on a customer's help page: the host pages run on their own origins (README, Embedding).
// playwright.config.ts allows only http://127.0.0.1:<embedHostPort> in FIXPATH_EMBED_ORIGINS.
const allowedHost = `http://127.0.0.1:${embedHostPort}`;
const otherHost = `http://127.0.0.1:${embedOtherPort}`;
let servers: Server[] = [];
// One pair of host servers for the file, so its tests run one after another in one worker.
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  const script = `${baseURL}/embed.js`;
  servers = [await startHostPage(embedHostPort, script), await startHostPage(embedOtherPort, script)];
});
test.afterAll(async () => {
  await Promise.all(servers.map(stopServer));
});

/** A scenario and one of its signatures, from the served catalog (never hard-coded). */
async function someSignature(page: Page, baseURL: string) {
  const catalog = (await (await page.request.get(`${baseURL}/catalog.json`)).json()) as {
    scenarios: Array<{ id: string; title: string; signatures: string[] }>;
  };
  const scenario = catalog.scenarios.find((s) => s.signatures.length > 0);
  if (!scenario) throw new Error("no scenario with a signature");
  return { title: scenario.title, signature: scenario.signatures[0] as string };
}

const launcher = (page: Page) => page.getByRole("button", { name: "Why didn't my message arrive?" });
const frameEl = (page: Page) => page.locator("iframe[title='Fixpath troubleshooting']");

test("on an allowed origin the launcher opens /embed, a paste finds its cause, the frame resizes and closes", async ({ page, baseURL }) => {
  const { title, signature } = await someSignature(page, baseURL!);
  await page.goto(allowedHost);
  await expect(launcher(page)).toHaveAttribute("aria-expanded", "false");
  await launcher(page).click();
  await expect(launcher(page)).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("dialog", { name: /Fixpath/ })).toBeVisible();

  const frame = page.frameLocator("iframe[title='Fixpath troubleshooting']");
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  const before = (await frameEl(page).boundingBox())!.height;
  await frame.getByLabel(/Paste the error message/).fill(signature);
  await expect(frame.getByRole("link", { name: title })).toBeVisible();
  await expect(frame.getByText("First step:").first()).toBeVisible();
  // The frame is as tall as /embed says its content is (within the host's bounds), and it changed.
  const reported = await frame.locator("#embed-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY + 16));
  const bound = await page.evaluate(() => Math.max(240, Math.floor(window.innerHeight * 0.8)));
  await expect.poll(async () => (await frameEl(page).boundingBox())!.height).toBe(Math.min(bound, Math.max(160, reported)));
  expect((await frameEl(page).boundingBox())!.height).not.toBe(before);

  // Escape inside the frame closes it (by postMessage) and focus returns to the launcher.
  await frame.getByLabel(/Paste the error message/).press("Escape");
  await expect(page.getByRole("dialog", { name: /Fixpath/ })).toBeHidden();
  await expect(launcher(page)).toBeFocused();
  await expect(launcher(page)).toHaveAttribute("aria-expanded", "false");

  // No cookies, on either origin.
  expect(await page.context().cookies()).toEqual([]);
});

test("the widget works from the keyboard: Enter opens, the Close button closes, focus comes back", async ({ page }) => {
  await page.goto(allowedHost);
  await page.getByRole("link", { name: "A link before the widget" }).focus();
  await page.keyboard.press("Tab");
  await expect(launcher(page)).toBeFocused();
  await page.keyboard.press("Enter");
  const frame = page.frameLocator("iframe[title='Fixpath troubleshooting']");
  await expect(frame.getByLabel(/Paste the error message/)).toBeFocused();
  await frame.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog", { name: /Fixpath/ })).toBeHidden();
  await expect(launcher(page)).toBeFocused();
});

test("the host ignores a close message that does not come from the Fixpath frame", async ({ page }) => {
  await page.goto(allowedHost);
  await launcher(page).click();
  await expect(page.frameLocator("iframe[title='Fixpath troubleshooting']").getByRole("heading", { level: 1 })).toBeVisible();
  // Same shape, wrong origin and source: the host page itself posts it. Then a last message of its own:
  // messages from one window are delivered in order, so once it has arrived the host's listener has
  // seen both (instead of a 300 ms sleep, which passed whether or not they had been handled).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.addEventListener("message", (e) => e.data === "fence" && resolve());
        window.postMessage({ type: "fixpath:close" }, "*");
        window.postMessage({ type: "fixpath:resize", height: 5 }, "*");
        window.postMessage("fence", "*");
      }),
  );
  await expect(page.getByRole("dialog", { name: /Fixpath/ })).toBeVisible();
  expect((await frameEl(page).boundingBox())!.height).toBeGreaterThan(100);
});

test("a page on an origin that is not allowed cannot frame /embed", async ({ page, baseURL }) => {
  const refusals: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors/i.test(m.text())) refusals.push(m.text());
  });
  await page.goto(otherHost);
  await launcher(page).click();
  // The browser refuses the frame: it never shows /embed's paste box, and says why in the console.
  await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0);
  const embedFrames = page.frames().filter((f) => f.url().startsWith(`${baseURL}/embed`));
  for (const f of embedFrames) expect(await f.locator("#embed-paste").count()).toBe(0);
  await expect(page.frameLocator("iframe[title='Fixpath troubleshooting']").locator("#embed-paste")).toHaveCount(0);
});

test("only /embed may be framed, and only by the listed origins", async ({ request }) => {
  const embed = await request.get("/embed");
  const csp = embed.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(new RegExp(`frame-ancestors ${allowedHost.replace(/[.:/]/g, "\\$&")}(;|$)`));
  expect(csp).toContain("default-src 'self'");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["set-cookie"]).toBeUndefined();
  // The script is meant to be loaded by other origins.
  expect((await request.get("/embed.js")).headers()["cross-origin-resource-policy"]).toBe("cross-origin");
  for (const path of ["/", "/diagnose", "/search", "/embed.js", "/catalog.json", "/embedded", "/api/diagnose?q=x"]) {
    const r = await request.get(path);
    expect(r.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(r.headers()["x-frame-options"], path).toBe("DENY");
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`/embed with results has no serious or critical axe violations in ${scheme} mode`, async ({ page, baseURL }) => {
    const { signature } = await someSignature(page, baseURL!);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/embed");
    await page.getByLabel(/Paste the error message/).fill(signature);
    await expect(page.getByRole("list", { name: "Likely causes" })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("screenshots: the widget open on a host page at 1280 and 360 px", async ({ page, baseURL }) => {
  const { title, signature } = await someSignature(page, baseURL!);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await page.goto(allowedHost);
    await launcher(page).click();
    const frame = page.frameLocator("iframe[title='Fixpath troubleshooting']");
    await frame.getByLabel(/Paste the error message/).fill(signature);
    await expect(frame.getByRole("link", { name: title })).toBeVisible();
    // The launcher and the panel stay inside the viewport.
    const panel = (await page.locator("#fixpath-embed-panel").boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${process.env.SCREENS_DIR ?? "test-results/screens"}/widget-${width}.png` });
  }
});
