import { expect, test } from "@playwright/test";
import { loadCatalog } from "../../lib/content/load";

// Browsing like a reference: system pages lead with their scenarios, /messages lists every exact string.
const { catalog } = loadCatalog(process.cwd(), "customer");

for (const system of catalog.systems) {
  test(`/systems/${system.id} shows its scenarios before the long overview, which waits under "About this system"`, async ({ page }) => {
    await page.goto(`/systems/${system.id}`);
    const groups = page.getByRole("heading", { level: 2, name: /^(Stages|Statuses|Symptoms)/ });
    const about = page.locator("details").filter({ has: page.getByRole("heading", { name: "About this system" }) });
    await expect(groups).toBeVisible();
    await expect(about).not.toHaveAttribute("open");
    const groupsTop = (await groups.boundingBox())?.y ?? Infinity;
    expect(groupsTop).toBeLessThan((await about.boundingBox())?.y ?? 0);
    for (const s of catalog.scenarios.filter((x) => x.system === system.id)) {
      const link = page.getByRole("main").getByRole("link", { name: s.title, exact: true }).first();
      await expect(link).toHaveAttribute("href", s.url);
      expect((await link.boundingBox())?.y ?? Infinity, s.id).toBeLessThan((await about.boundingBox())?.y ?? 0);
    }
    await about.getByText("About this system").click();
    await expect(about).toHaveAttribute("open");
  });
}

test("the header links to /messages, which links every signature to its scenario, A to Z and by system", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
  await expect(page).toHaveURL(/\/messages$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages, statuses and errors");
  const sections = {
    az: page.getByRole("region", { name: "A to Z" }),
    bySystem: page.getByRole("region", { name: "By system" }),
  };
  for (const s of catalog.scenarios) {
    for (const signature of s.signatures) {
      for (const region of Object.values(sections)) {
        const links = region.getByRole("link", { name: signature, exact: true });
        const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")));
        expect(hrefs, `${s.id}: ${signature}`).toContain(s.url);
      }
    }
  }
  for (const system of catalog.systems) {
    await expect(sections.bySystem.getByRole("heading", { level: 3, name: system.name, exact: true })).toBeVisible();
  }
  const letters = await sections.az.getByRole("heading", { level: 3 }).allTextContents();
  const words = letters.filter((l) => /^[A-Z]$/.test(l));
  expect(words).toEqual([...words].sort());
});

test("a scenario page says when it was last reviewed and which team owns it", async ({ page }) => {
  const scenario = catalog.scenarios[0];
  if (!scenario) throw new Error("empty catalog");
  await page.goto(scenario.url);
  const line = page.getByText(/^Last reviewed /);
  await expect(line).toContainText(scenario.owner);
  await expect(line.locator("time")).toHaveAttribute("datetime", scenario.reviewed);
});
