import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const file = join(process.cwd(), ".dev-content/content/alx/sent.mdx");

test("an MDX edit shows without a restart, and a broken edit shows the readable problem", async ({ page }) => {
  const original = readFileSync(file, "utf8");
  try {
    // The page watches content/ by polling; edit only once it has seen the current version.
    const watching = page.waitForResponse(/\/api\/dev\/content-version/, { timeout: 90_000 });
    await page.goto("/scenarios/alx/sent", { timeout: 90_000 });
    await watching;
    const h1 = page.getByRole("heading", { level: 1 });
    const title = (await h1.textContent()) ?? "";
    expect(title.length).toBeGreaterThan(0);

    writeFileSync(file, original.replace(/^title: .*$/m, 'title: "Sent (edited live)"'));
    await expect(h1).toHaveText("Sent (edited live)", { timeout: 30_000 });

    await page.waitForResponse(/\/api\/dev\/content-version/);
    writeFileSync(file, original.replace("</Steps>", ""));
    const alert = page.getByRole("alert").filter({ hasText: "content problem" });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText("content/alx/sent.mdx");
    await expect(alert).toContainText("body");
    await expect(alert).toContainText("MDX syntax error");
    await expect(alert).toContainText("How to fix");
    await expect(page.getByText(/at .*\.js:\d+/)).toHaveCount(0);

    await page.waitForResponse(/\/api\/dev\/content-version/);
    writeFileSync(file, original);
    await expect(alert).toHaveCount(0, { timeout: 30_000 });
  } finally {
    writeFileSync(file, original);
  }
});
