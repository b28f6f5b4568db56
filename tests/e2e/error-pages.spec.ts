import { expect, test, type Page } from "@playwright/test";

const secret = "secret internal detail at /srv/app/lib/x.ts:12";
const pasteLabel = "Paste an error message, a status or a log excerpt";

// Faults are injected the way a broken browser API would fail: the app's own code is untouched.
async function expectRecoveryPage(page: Page, paste: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expect(page.getByLabel(pasteLabel)).toHaveValue(paste);
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Home page" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("link", { name: "Guided diagnosis" }).last()).toHaveAttribute("href", "/diagnose");
  await expect(page.locator("body")).not.toContainText(secret);
  await expect(page.locator("body")).not.toContainText(/\bat \S+:\d+/);
}

test("a page that fails while showing results keeps the paste, even one the URL never held", async ({ page }) => {
  await page.addInitScript((secret) => {
    const replace = window.history.replaceState.bind(window.history);
    window.history.replaceState = (state: unknown, unused: string, url?: string | URL | null) => {
      if (String(url ?? "").includes("break-here")) throw new Error(secret);
      replace(state, unused, url);
    };
  }, secret);
  await page.goto("/search");
  const paste = 'Dispatch is paused break-here <img src=x onerror="window.__pwned=1">';
  await page.getByLabel(pasteLabel).fill(paste);
  await expectRecoveryPage(page, paste);
  // Inside the site's layout: the header is still there.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
});

test("when the layout itself fails, the global error page gives back the paste from ?q=", async ({ page }) => {
  await page.addInitScript((secret) => {
    window.matchMedia = () => {
      throw new Error(secret);
    };
  }, secret);
  await page.goto("/search?q=Max%20Record%20size%20Exceeded");
  await expectRecoveryPage(page, "Max Record size Exceeded");
  await expect(page).toHaveTitle("Something went wrong · Fixpath");
  // Searching again from it works: the form is a plain GET to /search.
  await page.getByRole("button", { name: "Find the root cause" }).click();
  await expect(page).toHaveURL(/\/search\?q=Max\+Record\+size\+Exceeded/);
});
