import { expect, test } from "@playwright/test";
import { h1, tabTo, waitForHydration } from "./wizard-helpers";

test("the whole wizard can be completed with Tab, Space and Enter alone", async ({ page }) => {
  // Six pages and some hundred key presses, each a round trip to the browser: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto("/diagnose");
  await expect(h1(page)).toHaveText("Which product is it?");

  await tabTo(page, "link", "Mambu");
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("What state does the notification show in the communication log?");

  await tabTo(page, "link", "FAILED");
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("Which of these do you see?");

  await tabTo(page, "link", "Notification FAILED: resend it through the Mambu UI or API v2");
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("Notification FAILED: resend it through the Mambu UI or API v2");

  const first = page.getByRole("checkbox").first();
  const total = await page.getByRole("checkbox").count();
  await waitForHydration(first);
  await tabTo(page, "checkbox", /./);
  await expect(first).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByText(`1 of ${total} done`)).toBeVisible();
  await expect(first).toBeChecked();

  await tabTo(page, "link", "No, still not working");
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("Automatic retry policy for failed notifications");

  await tabTo(page, "link", "Yes, it's solved");
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("Solved");
  await expect(page.getByText("Automatic retry policy for failed notifications: Mambu automatically retries")).toBeVisible();
  await expect(page.getByText("Ruled out")).toBeVisible();
});
