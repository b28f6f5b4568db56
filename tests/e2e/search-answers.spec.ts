import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loadCatalog } from "@/lib/content/load";
import { toSearchCards } from "@/lib/search/cards";

// Expectations come from content: which system a name points to, a scenario's first step.
const { catalog } = loadCatalog(process.cwd(), "customer");
const cards = toSearchCards(catalog);
const systemNamed = (word: string) => {
  const hit = catalog.systems.find((s) => [s.name, s.shortName, ...s.aliases].some((a) => a.toLowerCase().startsWith(word.toLowerCase())));
  if (!hit) throw new Error(`no system is named ${word} in content/`);
  return hit;
};
const PASTE = "Paste an error message, a status or a log excerpt";
/** Ctrl+K, once the page has hydrated and the shortcut is live. */
async function openPalette(page: Page) {
  await page.locator("button[data-shortcut-ready]").waitFor({ state: "attached" });
  await page.keyboard.press("Control+k");
}
const keywordLinks = (page: Page) => page.getByRole("list", { name: "Scenarios by keyword" }).getByRole("link");

for (const [word, js] of [["dispatch", false], ["Karix", false], ["dispatch", true]] as const) {
  test(`/search?q=${word} lists the scenarios of the system it names (JavaScript ${js ? "on" : "off"})`, async ({ browser }) => {
    const system = systemNamed(word);
    const own = catalog.scenarios.filter((s) => s.system === system.id);
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(`/search?q=${word}`);
    const hrefs = await keywordLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs[0]).toBe(`/systems/${system.id}`);
    const scenarios = hrefs.filter((h) => h.startsWith("/scenarios/"));
    expect(scenarios.length).toBeGreaterThanOrEqual(Math.min(own.length, 12));
    expect(scenarios.every((h) => h.startsWith(`/scenarios/${system.id}/`))).toBe(true);
    await context.close();
  });
}

test("a result for a scenario's own message shows its root cause and first remedy step, and how sure it is", async ({ page }) => {
  const card = cards.scenarios.find((c) => c.signatures.includes("Dispatch is paused"));
  expect(card?.firstSteps[0]).toBeTruthy();
  await page.goto(`/search?q=${encodeURIComponent("Dispatch is paused")}`);
  const first = page.getByRole("list", { name: "Matching root causes" }).getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", card!.url);
  await expect(first).toContainText(card!.rootCause);
  await expect(first).toContainText(card!.firstSteps[0]!);
  await expect(first).toContainText("Exact message");
  if (card!.stepCount > 1) await expect(first).toContainText(`${card!.stepCount - 1} more step`);
});

test("the palette answers a keyword, and keeps what was typed when closed and opened again", async ({ page }) => {
  const system = systemNamed("Karix");
  await page.goto("/");
  await openPalette(page);
  const dialog = page.getByRole("dialog", { name: "Quick search" });
  // Empty, it offers every system.
  for (const s of catalog.systems) await expect(dialog.getByRole("link", { name: s.name, exact: true })).toBeVisible();
  const input = dialog.getByLabel("Search for an error, status, system or symptom");
  await input.pressSequentially("Karix");
  await expect(keywordLinks(page).first()).toHaveAttribute("href", `/systems/${system.id}`);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: /Quick search/ }).click();
  await expect(input).toHaveValue("Karix");
  await expect(input).toBeFocused();
  await expect(keywordLinks(page).nth(1)).toHaveAttribute("href", new RegExp(`^/scenarios/${system.id}/`));
});

test("an e-mail address, a phone number and a token are masked before the paste goes into the URL", async ({ page }) => {
  await page.goto("/search");
  const paste = "Invalid email or mobile for john.doe@example.com or +91 98765 43210, Authorization: Bearer abcDEF123456ghiJKL";
  await page.getByLabel(PASTE).fill(paste);
  await expect(page).toHaveURL(/%5Bemail%5D/);
  const url = decodeURIComponent(page.url());
  expect(url).not.toContain("john.doe");
  expect(url).not.toContain("98765");
  expect(url).not.toContain("abcDEF123456ghiJKL");
  expect(url).toContain("[phone]");
  // The box keeps what was pasted.
  await expect(page.getByLabel(PASTE)).toHaveValue(paste);
});

test("a paste too long for the link stays out of the URL, is kept in the tab, and comes back on reload", async ({ page }) => {
  await page.goto("/search");
  const line = "2024-03-14 10:22:31 ERROR dispatcher Dispatch is paused for batch\n";
  const paste = line.repeat(60);
  await page.getByLabel(PASTE).fill(paste);
  await expect(page.getByText("too long to keep in the page link")).toBeVisible();
  expect(new URL(page.url()).searchParams.get("q")).toBeNull();
  await page.reload();
  await expect(page.getByLabel(PASTE)).toHaveValue(paste);
});

test("arrow keys move the cursor inside a multi-line paste; Alt+Down moves to the results", async ({ page }) => {
  await page.goto("/search");
  const box = page.getByLabel(PASTE);
  await box.fill("first line\nAuthentication failed\nthird line");
  await expect(page.getByRole("list", { name: "Matching root causes" }).getByRole("link").first()).toBeVisible();
  await box.press("Control+Home");
  await box.press("ArrowDown");
  await expect(box).toBeFocused();
  // The cursor is on the second line now: trimming by keyboard works.
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe("first line\n".length);
  await box.press("Alt+ArrowDown");
  await expect(page.getByRole("list", { name: "Matching root causes" }).getByRole("link").first()).toBeFocused();
});

test("a pasted table shows its rows per cause, each a link to its scenario", async ({ page }) => {
  // A system whose scenarios are grouped by status, and three of its statuses with one scenario each.
  const system = catalog.systems.find((s) => s.groupBy === "status" && s.groups.length >= 3);
  expect(system).toBeTruthy();
  const single = system!.groups
    .map((g) => ({ status: g.label.split(/,|\s+or\s+/)[0]!.trim(), scenarios: catalog.scenarios.filter((x) => x.system === system!.id && x.group === g.id) }))
    .filter((g) => g.scenarios.length === 1)
    .slice(0, 3);
  expect(single.length).toBe(3);
  const rows = single.flatMap((g, i) => Array.from({ length: 3 - i }, (_, k) => `user${i}${k}@example.com\tReminder ${k}\tEmail\t${g.status}`));
  await page.goto("/search");
  await page.getByLabel(PASTE).fill(["Message to\tSubject\tChannel\tStatus", ...rows].join("\n"));
  const causes = page.getByRole("list", { name: "Rows per cause" }).getByRole("link");
  for (const [i, g] of single.entries()) {
    const n = 3 - i;
    await expect(causes.filter({ hasText: `— ${n} row${n === 1 ? "" : "s"}` }).first()).toHaveAttribute("href", g.scenarios[0]!.url);
  }
  await expect(page.getByRole("heading", { name: new RegExp(`^${rows.length} rows`) })).toBeVisible();
});

const axeViews: Array<[string, (page: Page) => Promise<void>]> = [
  ["result cards", async (page) => {
    await page.goto(`/search?q=${encodeURIComponent("Dispatch is paused")}`);
    await expect(page.getByRole("list", { name: "Matching root causes" })).toBeVisible();
  }],
  ["keyword results", async (page) => {
    await page.goto("/search?q=dispatch");
    await expect(keywordLinks(page).first()).toBeVisible();
  }],
  ["the empty palette", async (page) => {
    await page.goto("/");
    await openPalette(page);
    await expect(page.getByRole("dialog", { name: "Quick search" })).toBeVisible();
  }],
  ["the palette with results", async (page) => {
    await page.goto("/");
    await openPalette(page);
    await page.keyboard.type("Karix");
    await expect(keywordLinks(page).first()).toBeVisible();
  }],
];

for (const scheme of ["light", "dark"] as const) {
  for (const [name, open] of axeViews) {
    test(`${name}: no serious axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      expect(blocking).toEqual([]);
    });
  }
}
