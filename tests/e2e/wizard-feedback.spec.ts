import { waitForInsightsDb } from "./insights-helpers";
import { expect, test } from "@playwright/test";

// The wizard asks "Did this solve it?" once, on its result screen; its last screen records that answer
// instead of asking again (Yes is saved at once, No goes straight to the reasons).
test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  await waitForInsightsDb(request);
});

async function firstScenarioPath(request: import("@playwright/test").APIRequestContext) {
  const catalog = (await (await request.get("/catalog.json")).json()) as { scenarios: Array<{ id: string }> };
  return catalog.scenarios[0]!.id;
}

test("after Yes in the wizard, the solved screen records it without asking again", async ({ page, request }) => {
  const id = await firstScenarioPath(request);
  const feedback = page.waitForRequest((r) => r.url().endsWith("/api/feedback") && r.method() === "POST");
  await page.goto(`/diagnose?scenario=${encodeURIComponent(id)}&solved=yes`);
  const body = JSON.parse((await feedback).postData() ?? "{}") as { scenario?: string; solved?: boolean; channel?: string };
  expect(body).toMatchObject({ scenario: id, solved: true, channel: "wizard" });
  await expect(page.getByText("Your Yes is recorded")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Did this solve it?" })).toHaveCount(0);
});

test("after No in the wizard, the escalation screen goes straight to the reasons", async ({ page, request }) => {
  const id = await firstScenarioPath(request);
  await page.goto(`/diagnose?scenario=${encodeURIComponent(id)}&solved=no`);
  const region = page.getByRole("region", { name: "Tell the docs team what went wrong" });
  await expect(region.getByRole("radio", { name: "It was not the cause" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Did this solve it?" })).toHaveCount(0);
});
