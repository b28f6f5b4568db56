import { expect, test } from "@playwright/test";
import { loadCatalog } from "../../lib/content/load";

const { catalog } = loadCatalog(process.cwd(), "customer");
const paths = ["/", "/search", "/diagnose", ...catalog.systems.map((s) => `/systems/${s.id}`), ...catalog.scenarios.map((s) => s.url)];

test("no page scrolls sideways on a 360 px phone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
});
