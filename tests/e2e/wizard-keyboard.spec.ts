import { expect, test } from "@playwright/test";
import { catalog, h1, mainPath, paths, tabTo, waitForHydration } from "./wizard-helpers";

// A path read from content with a choice of group, a choice of cause, and a next cause after No that
// has an action to try (so its page asks "Did this solve it?").
const acts = (title: string | undefined) => catalog.scenarios.some((s) => s.title === title && s.steps.some((step) => step.kind === "action"));
const path = paths.find((p) => !p.direct && !p.single && acts(p.next)) ?? mainPath;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("the whole wizard can be completed with Tab, Space and Enter alone", async ({ page }) => {
  // Six pages and some hundred key presses, each a round trip to the browser: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto("/diagnose");
  await expect(h1(page)).toHaveText("Which product is it?");

  await tabTo(page, "link", path.product);
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText(path.question);

  await tabTo(page, "link", path.group);
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("Which of these do you see?");

  await tabTo(page, "link", path.scenario);
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText(path.scenario);

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
  expect(path.next, "the chosen path has a next cause").toBeDefined();
  await expect(h1(page)).toHaveText(path.next!);

  await tabTo(page, "link", "Yes, it's solved");
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("Solved");
  await expect(page.getByText(new RegExp(`^${escape(path.next!)}: \\S`))).toBeVisible();
  await expect(page.getByText("Ruled out")).toBeVisible();
});
