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
    await expect(alert).toContainText(/content\/alx\/sent\.mdx:\d+/);
    await expect(page.getByText(/at .*\.js:\d+/)).toHaveCount(0);
    // The site keeps the file's last valid content while the edit is broken.
    await expect(h1).toHaveText("Sent (edited live)");

    await page.waitForResponse(/\/api\/dev\/content-version/);
    writeFileSync(file, original);
    await expect(alert).toHaveCount(0, { timeout: 30_000 });
  } finally {
    writeFileSync(file, original);
  }
});

test("a hostile edit is refused in the preview with its line, and nothing of it runs or renders", async ({ page }) => {
  const original = readFileSync(file, "utf8");
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    const watching = page.waitForResponse(/\/api\/dev\/content-version/, { timeout: 90_000 });
    await page.goto("/scenarios/alx/sent", { timeout: 90_000 });
    await watching;
    const hostile = "{process.env.PATH}\n\n<script>alert(1)</script>\n\n<Warnng>typo</Warnng>\n\n## Remedy";
    writeFileSync(file, original.replace("## Remedy", hostile));
    const alert = page.getByRole("alert").filter({ hasText: "content problem" });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText("{process.env.PATH} expression");
    await expect(alert).toContainText("<script> element");
    await expect(alert).toContainText("did you mean <Warning>?");
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(process.env.PATH ?? "/usr/bin");
    expect(dialogs).toEqual([]);
  } finally {
    writeFileSync(file, original);
  }
});

test("the matcher's rule reaches the problem box after the edit is shown", async ({ page }) => {
  const original = readFileSync(file, "utf8");
  try {
    const watching = page.waitForResponse(/\/api\/dev\/content-version/, { timeout: 90_000 });
    await page.goto("/scenarios/alx/sent", { timeout: 90_000 });
    await watching;
    // A signature that finds nothing: only the self-match rule (run on the poll after the page showed the edit) sees it.
    writeFileSync(file, original.replace(/^title: .*$/m, 'title: "Sent (vague signature)"').replace(/^signatures:\n/m, 'signatures:\n  - "the"\n'));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sent (vague signature)", { timeout: 30_000 });
    const alert = page.getByRole("alert").filter({ hasText: "content problem" });
    await expect(alert).toContainText('"the" does not find this scenario first', { timeout: 30_000 });
  } finally {
    writeFileSync(file, original);
  }
});
