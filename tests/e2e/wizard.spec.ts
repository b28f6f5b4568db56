import { expect, test } from "@playwright/test";
import { choose, h1, mainPath, paths, tickSteps, walkToRootCause } from "./wizard-helpers";

for (const path of paths) {
  test.describe(path.product, () => {
    test("walks from the start to a root cause, and two ticked steps survive a reload", async ({ page }) => {
      await walkToRootCause(page, path);
      await expect(page.getByRole("checkbox")).toHaveCount(path.steps);
      await tickSteps(page, 2, path.steps);
      await page.reload();
      await expect(h1(page)).toHaveText(path.scenario);
      await expect(page.getByRole("checkbox").nth(0)).toBeChecked();
      await expect(page.getByRole("checkbox").nth(1)).toBeChecked();
      await expect(page.getByText(`2 of ${path.steps} done`)).toBeVisible();
    });

    test("the copied link opens the same step in a fresh browser", async ({ page, context, browser }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await walkToRootCause(page, path);
      await page.getByRole("button", { name: "Copy link", exact: true }).click();
      await expect(page.getByText("Link copied")).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(copied);
      await expect(h1(other)).toHaveText(path.scenario);
      await expect(other.getByText("Step 4 of 5")).toBeVisible();
      await fresh.close();
    });

    test(path.next ? "No offers the next most likely cause, then escalation" : "No leads to escalation", async ({ page }) => {
      await walkToRootCause(page, path);
      await choose(page, "No, still not working");
      if (path.next) {
        await expect(h1(page)).toHaveText(path.next);
        await expect(page.getByText(`Not solved by: ${path.scenario}`)).toBeVisible();
        // A remedy without an action asks "Does this explain it?" instead.
        await page.getByRole("link", { name: /^No, (still not working|not this)$/ }).click();
      }
      await expect(h1(page)).toHaveText("Still not solved? Escalate");
      await expect(page.getByText("Step 5 of 5")).toBeVisible();
      for (const text of path.escalation) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
      await expect(page.getByRole("link", { name: path.scenario })).toBeVisible();
    });
  });
}

test("I'm not sure in a group gives that group's combined checklist, then escalation", async ({ page }) => {
  const path = mainPath;
  await page.goto("/diagnose");
  await choose(page, path.product);
  await choose(page, path.group);
  await choose(page, "I'm not sure / none of these");
  await expect(h1(page)).toHaveText(`Check every cause: ${path.group}`);
  if (path.unknownAdvice) await expect(page.getByText(path.unknownAdvice)).toBeVisible();
  for (const s of path.groupScenarios) await expect(page.getByRole("heading", { level: 2, name: s.title })).toBeVisible();
  // Every tickable remedy step of every scenario of the group, counted from content.
  await expect(page.getByRole("checkbox")).toHaveCount(path.groupScenarios.reduce((n, s) => n + s.steps, 0));
  await choose(page, "No, still not working");
  await expect(h1(page)).toHaveText("Still not solved? Escalate");
  if (path.systemContact) await expect(page.getByText(path.systemContact).first()).toBeVisible();
});

test("ticks in the wizard show on the scenario page too", async ({ page }) => {
  await walkToRootCause(page, mainPath);
  await tickSteps(page, 1, mainPath.steps);
  await page.getByRole("link", { name: "Read the full explanation" }).click();
  await expect(h1(page)).toHaveText(mainPath.scenario);
  await expect(page.getByRole("checkbox").first()).toBeChecked();
});

test("Yes ends with a short summary of the root cause", async ({ page }) => {
  await walkToRootCause(page, mainPath);
  await choose(page, "Yes, it's solved");
  await expect(h1(page)).toHaveText("Solved");
  await expect(page.getByText(`${mainPath.scenario}: ${mainPath.summary}`)).toBeVisible();
});

test("Back and the browser's back button retrace the answers", async ({ page }) => {
  await walkToRootCause(page, mainPath);
  await page.getByRole("link", { name: "Back" }).click();
  await expect(h1(page)).toHaveText("Which of these do you see?");
  await page.goBack();
  await expect(h1(page)).toHaveText(mainPath.scenario);
  await page.goBack();
  await expect(h1(page)).toHaveText("Which of these do you see?");
  await page.goBack();
  await expect(h1(page)).toHaveText(mainPath.question);
});

test("a tampered link falls back to the nearest valid step with a notice", async ({ page }) => {
  const { systemId, scenarioId, noun, question } = mainPath;
  await page.goto(`/diagnose?system=${systemId}&group=xyz&scenario=${scenarioId}`);
  await expect(page.getByRole("status").filter({ hasText: `We couldn't find the ${noun} “xyz”, so you're back at choosing the ${noun}.` })).toBeVisible();
  await expect(h1(page)).toHaveText(question);
  await page.goto("/diagnose?system=nope");
  await expect(page.getByText("We couldn't find the product “nope”")).toBeVisible();
  await expect(h1(page)).toHaveText("Which product is it?");
});

test("every step has its own page title", async ({ page }) => {
  await walkToRootCause(page, mainPath);
  await expect(page).toHaveTitle(`${mainPath.scenario} · Guided diagnosis · Fixpath`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the answers are plain links, so the wizard still reaches a root cause", async ({ page }) => {
    await walkToRootCause(page, mainPath);
    await expect(page.getByRole("checkbox")).toHaveCount(mainPath.steps);
  });
});

test("a pasted error with a confident match jumps to its root cause, with a way to continue step by step", async ({ page }) => {
  await page.goto("/diagnose");
  await page.getByLabel("An error message, a status or a log line (optional)").fill(`2024-03-14 ERROR ${mainPath.signature}`);
  await page.getByRole("button", { name: "Find the root cause" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(h1(page)).toHaveText(mainPath.scenario);
  await choose(page, "Not this? Continue step by step");
  await expect(h1(page)).toHaveText(mainPath.question);
});

test("a paste nothing matches stays at the start with a notice", async ({ page }) => {
  await page.goto("/diagnose?q=my%20message%20did%20not%20arrive");
  await expect(page.getByText("We couldn't match what you pasted with confidence")).toBeVisible();
  await expect(h1(page)).toHaveText("Which product is it?");
});

test("printing a result keeps the title, root cause and checklist and drops the wizard's controls", async ({ page }) => {
  await walkToRootCause(page, mainPath);
  await page.emulateMedia({ media: "print" });
  await expect(h1(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Root cause" })).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(mainPath.steps);
  await expect(page.getByRole("checkbox").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Did this solve it?" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Back" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
});
