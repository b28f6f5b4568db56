import { expect, test } from "@playwright/test";
import { loadCatalog } from "../../lib/content/load";

const { catalog } = loadCatalog(process.cwd(), "customer");

test("sitemap.xml lists the home page, every system and every scenario, and each answers 200", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1] ?? "");
  expect(paths).toContain("/");
  for (const s of catalog.systems) expect(paths).toContain(`/systems/${s.id}`);
  for (const s of catalog.scenarios) expect(paths).toContain(s.url);
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});

test("robots.txt allows the customer edition and points to the sitemap", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Allow: /");
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

test("the favicon and the share image are served", async ({ page, request }) => {
  await page.goto("/");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await request.get(icon ?? "/missing")).headers()["content-type"]).toContain("image/svg+xml");
  const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect((await request.get(new URL(image ?? "", "http://x").pathname)).headers()["content-type"]).toBe("image/png");
});

const pages = [
  { path: "/", title: "Fixpath: why didn't my message arrive?" },
  { path: "/systems/mambu", title: "Mambu · Fixpath" },
  { path: "/messages", title: "Messages, statuses and errors · Fixpath" },
  { path: "/scenarios/wxm/dispatch-paused", title: "Dispatch is paused (WXM) · Fixpath" },
];
for (const { path, title } of pages) {
  test(`${path} has its own title, description, canonical address and Open Graph tags`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    const description = await meta('meta[name="description"]');
    expect(description?.length).toBeGreaterThan(40);
    expect(await meta('meta[property="og:description"]')).toBe(description);
    expect(await meta('meta[property="og:title"]')).toBe(title.replace(" · Fixpath", ""));
    expect(new URL((await meta('meta[property="og:url"]')) ?? "").pathname).toBe(path);
    expect(await meta('meta[property="og:image"]')).toMatch(/\/og-image\.png$/);
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "").pathname).toBe(path);
  });
}

for (const path of ["/diagnose", "/search"]) {
  test(`${path} shares its own title, not the home page's`, async ({ page }) => {
    await page.goto(path);
    const title = await page.title();
    const ogTitle = await page.locator('meta[property="og:title"]').first().getAttribute("content");
    expect(`${ogTitle} · Fixpath`).toBe(title);
    expect(new URL((await page.locator('meta[property="og:url"]').first().getAttribute("content")) ?? "").pathname).toBe(path);
  });
}
