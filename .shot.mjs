import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3400";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const scheme of ["light", "dark"]) for (const width of [1280, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(`${base}/`);
  await page.getByLabel("Paste an error message, a status or a log excerpt").fill("2024-05-02 08:14:07,552 ERROR [dispatcher-3] DispatchRequest 7f3c9a2e failed: Max Record size Exceeded\n2024-05-02 08:14:07,553 INFO retrying in 60s");
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/hs-home-${scheme}-${width}.png`, fullPage: true });
  await page.goto(`${base}/search?q=Karix`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/hs-kw-${scheme}-${width}.png`, fullPage: true });
  await page.keyboard.press("Control+k");
  await page.waitForTimeout(500);
  await page.keyboard.type("Not sent");
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/hs-pal-${scheme}-${width}.png` });
  await page.close();
}
await browser.close();
