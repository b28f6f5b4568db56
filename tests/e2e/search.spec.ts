import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const genesysLog: string = JSON.parse(
  readFileSync(join(process.cwd(), "tests/eval/tuning/legacy/genesys.jsonl"), "utf8").split("\n")[0] ?? "{}",
).text;

const results = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Matching root causes" }).getByRole("listitem");

test("pasting the Genesys seed's log excerpt on the home page shows the Genesys scenario first", async ({ page }) => {
  expect(genesysLog.split("\n").length).toBeGreaterThan(10);
  await page.goto("/");
  await page.getByLabel("Paste an error message, a status or a log excerpt").fill(genesysLog);
  await expect(results(page).first()).toContainText("Genesys");
  await expect(results(page).first().getByRole("link")).toHaveAttribute("href", "/scenarios/genesys/chat-requeued-after-chat-server-failure");
});

test("a typo'd status finds its scenario, with why it matched", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Paste an error message, a status or a log excerpt").fill("Backend tset requried");
  await expect(results(page).first().getByRole("link")).toHaveAttribute("href", "/scenarios/alx/backend-test-required");
  await expect(results(page).first()).toContainText("ALX");
});

test("the query lives in the URL: reload keeps it and its results", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Paste an error message, a status or a log excerpt").fill("Max Record size Exceeded");
  await expect(page).toHaveURL(/\?q=Max\+Record\+size\+Exceeded/);
  await page.reload();
  await expect(page.getByLabel("Paste an error message, a status or a log excerpt")).toHaveValue("Max Record size Exceeded");
  await expect(results(page).first().getByRole("link")).toHaveAttribute("href", "/scenarios/wxm/max-record-size-exceeded");
});

test("the search page renders results from the server for a shared link", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search?q=Dispatch%20is%20paused");
  await expect(results(page).first().getByRole("link")).toHaveAttribute("href", "/scenarios/wxm/dispatch-paused");
  await context.close();
});

test("an unrelated query says so plainly and offers the guided wizard", async ({ page }) => {
  await page.goto("/?q=How%20do%20I%20book%20a%20meeting%20room%3F");
  await expect(page.getByRole("heading", { name: "No known root cause matches this text" })).toBeVisible();
  await page.getByRole("link", { name: "start the guided diagnosis" }).click();
  await expect(page).toHaveURL(/\/diagnose/);
});

/** A system as content declares it (never a name written into the test). */
function contentSystem(): { id: string; name: string } {
  const id = readdirSync("content", { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(join("content", e.name, "_system.mdx")))?.name ?? "";
  const name = /^name:\s*"?([^"\n]+)"?\s*$/m.exec(readFileSync(join("content", id, "_system.mdx"), "utf8"))?.[1] ?? "";
  return { id, name };
}

test("words the matcher cannot place, naming a system, lead to that system's guided diagnosis", async ({ page }) => {
  const system = contentSystem();
  expect(system.name).not.toBe("");
  await page.goto("/");
  await page.getByLabel("Paste an error message, a status or a log excerpt").fill(`our people say ${system.name} has been odd since Monday and nobody knows why`);
  await expect(page.getByRole("heading", { name: "No known root cause matches this text" })).toBeVisible();
  await page.getByRole("link", { name: `Guided diagnosis for ${system.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/diagnose\\?system=${system.id}$`));
  await expect(page.getByText("Step 2 of 5")).toBeVisible();
});

test("arrow keys move through the results and Enter opens one", async ({ page }) => {
  await page.goto("/search");
  const box = page.getByLabel("Paste an error message, a status or a log excerpt");
  await box.fill("Authentication failed");
  await expect(results(page).first()).toBeVisible();
  await box.press("Alt+ArrowDown");
  const first = results(page).first().getByRole("link");
  await expect(first).toBeFocused();
  const href = await first.getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("Ctrl+K opens the search palette from any page, and Escape closes it", async ({ page }) => {
  await page.goto("/systems/mambu");
  // The shortcut is live once the page has hydrated.
  await page.locator("button[data-shortcut-ready]").waitFor({ state: "attached" });
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Quick search" });
  await expect(dialog).toBeVisible();
  const input = dialog.getByLabel("Search for an error, status, system or symptom");
  await expect(input).toBeFocused();
  await input.fill("notification FAILED resend");
  await expect(dialog.getByRole("link").first()).toHaveAttribute("href", /\/scenarios\/mambu\//);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
