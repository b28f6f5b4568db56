import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

const scriptSrc = (csp: string | undefined) => (csp ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
/** Appends an inline script to the page and says whether the browser ran it (the policy decides). */
const injectedScriptRuns = (page: Page) =>
  page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

for (const path of ["/", "/systems/wxm", "/scenarios/wxm/dispatch-paused"]) {
  test(`${path} (prerendered) allows exactly its own inline scripts, by hash, and no 'unsafe-inline'`, async ({ request }) => {
    const response = await request.get(path);
    const policy = scriptSrc(response.headers()["content-security-policy"]);
    expect(policy).not.toContain("'unsafe-inline'");
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? "");
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) expect(policy).toContain(sha256(script));
  });

  test(`${path} hydrates under its hash policy and refuses an injected inline script`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(path);
    // The quick search is a client component: its button is marked ready, and Ctrl+K opens it, only
    // once React has hydrated (pressing earlier raced hydration and failed now and then).
    await page.locator("button[data-shortcut-ready]").waitFor({ state: "attached" });
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(violations).toEqual([]);
    const ran = await injectedScriptRuns(page);
    expect(ran).toBe(false);
  });
}

test("pages rendered per request keep 'unsafe-inline' (their inline RSC scripts carry the request's data)", async ({ page, request }) => {
  expect(scriptSrc((await request.get("/search?q=x")).headers()["content-security-policy"])).toContain("'unsafe-inline'");
  // The same probe as above runs here, so its "false" on prerendered pages is the policy's doing.
  await page.goto("/search?q=x");
  const ran = await injectedScriptRuns(page);
  expect(ran).toBe(true);
});
