import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3400";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const shots = process.argv.slice(2);
for (const width of [1280, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${base}/search?q=Dispatch%20is%20paused`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/hs-cards-${width}.png`, fullPage: true });
  await page.goto(`${base}/search?q=dispatch`);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/hs-kw-${width}.png`, fullPage: false });
  await page.goto(`${base}/systems/mambu`);
  await page.keyboard.press("Control+k");
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/hs-pal-empty-${width}.png` });
  await page.keyboard.type("Karix");
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/hs-pal-karix-${width}.png` });
  await page.close();
}
await browser.close();
