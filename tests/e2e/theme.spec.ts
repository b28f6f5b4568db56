import { expect, test, type Page } from "@playwright/test";

/** The page background's relative luminance (0 black to 1 white), whatever colour syntax the CSS uses. */
const luminance = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d");
    if (!ctx) return -1;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
    const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });
const isDark = async (page: Page) => (await luminance(page)) < 0.05;
const isLight = async (page: Page) => (await luminance(page)) > 0.9;
const stored = (page: Page) => page.evaluate(() => localStorage.getItem("fixpath-theme"));

test("the theme follows the operating system when the reader has not chosen one", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  expect(await isLight(page)).toBe(true);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await isDark(page)).toBe(true);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
});

test("choosing dark on a light system persists across pages and reloads", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await isDark(page)).toBe(true);
  expect(await stored(page)).toBe("dark");

  await page.getByRole("link", { name: "Webex Experience Management" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webex Experience Management");
  expect(await isDark(page)).toBe(true);
  await page.reload();
  expect(await isDark(page)).toBe(true);
});

test("a saved choice applies before the page's JavaScript runs, so the wrong theme never flashes", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("fixpath-theme", "dark"));
  // Without the app's scripts only public/theme-init.js can set the theme.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/systems/mambu");
  expect(await page.evaluate(() => document.documentElement.className)).toContain("dark");
  expect(await isDark(page)).toBe(true);
});

test("choosing the system's own theme again forgets the choice, so the OS is followed again", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  // aria-pressed is set once the toggle has hydrated; a click before that does nothing.
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  expect(await isLight(page)).toBe(true);
  expect(await stored(page)).toBe("light");
  await toggle.click();
  expect(await stored(page)).toBeNull();
  await page.emulateMedia({ colorScheme: "light" });
  expect(await isLight(page)).toBe(true);
});

test("the theme toggle and the skip link are reachable by keyboard and show a focus ring", async ({ page }) => {
  await page.goto("/systems/wxm");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await toggle.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
});
