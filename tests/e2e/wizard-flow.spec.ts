import { expect, test } from "@playwright/test";
import { contentSteps } from "./content-steps";
import { choose, h1, mainPath, tickSteps, waitForHydration, walkToRootCause } from "./wizard-helpers";

const path = mainPath;

test("with JavaScript, answering a question changes the step in the browser, without loading a page", async ({ page }) => {
  await page.goto("/diagnose");
  await page.waitForLoadState("networkidle");
  const documents: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "document") documents.push(r.url());
  });
  await choose(page, path.product);
  await expect(page.getByText("Step 2 of 5")).toBeVisible();
  await choose(page, path.group);
  await expect(h1(page)).toHaveText("Which of these do you see?");
  await choose(page, path.scenario);
  await expect(h1(page)).toHaveText(path.scenario);
  expect(documents).toEqual([]);
  expect(new URL(page.url()).searchParams.get("scenario")).toBeTruthy();
  await page.goBack();
  await expect(h1(page)).toHaveText("Which of these do you see?");
});

test("Copy link carries the ticked steps, and the link opens with them ticked", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await walkToRootCause(page, path);
  await tickSteps(page, 1, path.steps);
  await page.getByRole("button", { name: "Copy link", exact: true }).click();
  await expect(page.getByText("with the steps you ticked")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get("done")).toMatch(/^[a-z0-9-]+:[a-z0-9-]+$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(h1(other)).toHaveText(path.scenario);
  await expect(other.getByRole("checkbox").first()).toBeChecked();
  await expect(other.getByRole("checkbox").nth(1)).not.toBeChecked();
  await fresh.close();
});

test("What you checked lists the steps ticked, not every cause's steps", async ({ page }) => {
  await walkToRootCause(page, path);
  const boxes = page.getByRole("checkbox");
  // A tick made before React hydrates is reset by hydration: wait for it, then tick once.
  await waitForHydration(boxes.first());
  await boxes.nth(1).setChecked(true);
  await expect(page.getByText(`1 of ${path.steps} done`)).toBeVisible();
  const labels = page.locator("ol.remedy-steps label");
  const ticked = (await labels.nth(1).innerText()).trim();
  const unticked = (await labels.nth(0).innerText()).trim();
  await page.getByRole("link", { name: "Skip to whom to contact" }).click();
  const list = page.getByTestId("what-you-checked");
  await expect(list).toContainText(ticked.replace(/^Check\s*/, ""));
  await expect(list).not.toContainText(unticked.replace(/^Check\s*/, ""));
});

test("an explanation has no tickbox, and a remedy without an action does not ask whether it solved it", async ({ page }) => {
  const all = [...contentSteps()];
  const withInfo = all.find(([, steps]) => steps.some((s) => s.kind === "info"));
  const noAction = all.find(([, steps]) => steps.length > 0 && steps.every((s) => s.kind !== "action"));
  test.skip(!withInfo || !noAction, "content has no info steps or no scenario without actions");
  const [infoId, infoSteps] = withInfo!;
  await page.goto(`/diagnose?scenario=${infoId}`);
  for (const step of infoSteps) {
    await expect(page.locator(`#check-${step.id}`)).toHaveCount(step.kind === "info" ? 0 : 1);
  }
  await page.goto(`/diagnose?scenario=${noAction![0]}`);
  await expect(page.getByRole("heading", { name: "Did this solve it?" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Does this explain it?" })).toBeVisible();
});

test("I'm not sure at the group question lists each group's advice and opens its checklist", async ({ page }) => {
  await page.goto("/diagnose");
  await choose(page, path.product);
  await choose(page, "I'm not sure");
  await expect(h1(page)).toHaveText(`Not sure of the ${path.noun}?`);
  if (path.unknownAdvice) await expect(page.getByText(path.unknownAdvice)).toBeVisible();
  await page.getByRole("link", { name: `Check every cause of “${path.group}” as one checklist` }).click();
  await expect(h1(page)).toHaveText(`Check every cause: ${path.group}`);
});

test("the escalation message holds the answers and the paste with its e-mail address masked", async ({ page }) => {
  await page.goto("/diagnose");
  await page.getByLabel("An error message, a status or a log line (optional)").fill(`${path.signature} for jane.doe@example.com`);
  await page.getByRole("button", { name: "Find the root cause" }).click();
  await expect(h1(page)).toHaveText(path.scenario);
  expect(page.url()).not.toContain("jane.doe");
  await page.getByRole("link", { name: "Skip to whom to contact" }).click();
  await page.getByText("See the message").first().click();
  const message = page.getByTestId("escalation-message").first();
  await expect(message).toContainText(`Scenario: ${path.scenario}`);
  await expect(message).toContainText(`Which product is it? ${path.product}`);
  await expect(message).toContainText("for [e-mail]");
  await expect(message).not.toContainText("jane.doe");
  // What to send, from content, each as a line for the reader to fill in.
  for (const item of path.escalation.slice(1)) await expect(message).toContainText(`${item}: `);
});

test("a paste far too long for a link is kept: no 431, and the page says it was shortened", async ({ page }) => {
  await page.goto("/diagnose");
  const long = `${path.signature} ${"lorem ipsum dolor ".repeat(2000)}`;
  await page.getByLabel("An error message, a status or a log line (optional)").fill(long);
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes("/diagnose?")), page.getByRole("button", { name: "Find the root cause" }).click()]);
  expect(response.status()).toBe(200);
  await expect(page.getByText(/Your paste was long: only its first/)).toBeVisible();
  expect(page.url().length).toBeLessThan(4000);
});
