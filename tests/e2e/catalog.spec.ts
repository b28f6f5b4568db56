import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { loadCatalog } from "../../lib/content/load";

const root = process.cwd();
const { catalog } = loadCatalog(root, "customer");
const inventory = readFileSync(join(root, "tests/fixtures/inventory-ids.txt"), "utf8").split("\n").filter(Boolean);

test.describe("every inventory scenario has a page", () => {
  for (const id of inventory) {
    test(`${id} shows its title and its first and last remedy step`, async ({ page }) => {
      const scenario = catalog.scenarios.find((s) => s.id === id);
      expect(scenario, `${id} is in the catalog`).toBeDefined();
      if (!scenario) return;
      const response = await page.goto(`/scenarios/${id}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(scenario.title);
      const steps = page.locator("ol.remedy-steps > li");
      await expect(steps).toHaveCount(scenario.steps.length);
      const first = scenario.steps[0]!;
      const last = scenario.steps[scenario.steps.length - 1]!;
      await expect(steps.first()).toContainText(first.text.slice(0, 60));
      await expect(steps.last()).toContainText(last.text.slice(0, 60));
    });
  }
});

test.describe("system pages", () => {
  for (const system of catalog.systems) {
    test(`${system.id} lists its scenarios grouped in order`, async ({ page }) => {
      await page.goto(`/systems/${system.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(system.name);
      for (const [i, group] of system.groups.entries()) {
        await expect(page.getByRole("heading", { level: 3, name: `${i + 1}. ${group.label}`, exact: true })).toBeVisible();
      }
      const mine = catalog.scenarios.filter((s) => s.system === system.id);
      for (const s of mine) await expect(page.getByRole("link", { name: s.title, exact: true }).first()).toBeVisible();
    });
  }
});

test("an unknown scenario id gets a helpful 404 with search and the systems", async ({ page }) => {
  const response = await page.goto("/scenarios/wxm/no-such-scenario");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("search")).toBeVisible();
  for (const system of catalog.systems) await expect(page.getByRole("link", { name: system.name }).first()).toBeVisible();
});

test("catalog.json lists every scenario with its steps as plain text", async ({ request }) => {
  const response = await request.get("/catalog.json");
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body.scenarios).toHaveLength(catalog.scenarios.length);
  const paused = body.scenarios.find((s: { id: string }) => s.id === "wxm/dispatch-paused");
  expect(paused).toMatchObject({ url: "/scenarios/wxm/dispatch-paused", system: "wxm", stage: "dispatch-skipped" });
  expect(paused.steps.length).toBeGreaterThan(0);
  expect(typeof paused.steps[0].text).toBe("string");
});

test("the home page introduces Fixpath, the paste box and every system", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByLabel("Paste an error message, a status or a log excerpt")).toBeVisible();
  for (const system of catalog.systems) await expect(page.getByRole("link", { name: system.name })).toBeVisible();
});
