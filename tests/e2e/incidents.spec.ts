import { expect, test, type Page } from "@playwright/test";

// Known incidents on search results: the browser decides by its clock whether one is active, so the
// incidents list is given here (the built site has none) and the clock is Playwright's.
interface CatalogScenario { id: string; title: string; system: string; signatures: string[] }

async function pick(page: Page) {
  const catalog = (await (await page.request.get("/catalog.json")).json()) as { scenarios: CatalogScenario[] };
  const scenario = catalog.scenarios.find((s) => s.signatures.length > 0)!;
  const other = catalog.scenarios.find((s) => s.system !== scenario.system)!;
  return { scenario, other };
}

const T0 = Date.parse("2026-03-01T12:00:00Z");
const incident = (id: string, over: Record<string, unknown>) => ({
  id,
  file: `content/incidents/${id}.mdx`,
  title: `Incident ${id}`,
  start: new Date(T0 - 3_600_000).toISOString(),
  end: new Date(T0 + 3_600_000).toISOString(),
  systems: [],
  scenarios: [],
  body: [{ kind: "p", text: `What to do during ${id}.` }],
  ...over,
});

async function serveIncidents(page: Page, incidents: unknown[]) {
  await page.route("**/incidents.json", (route) => route.fulfill({ json: { incidents } }));
}

test("an active incident for a result's system shows above the results; ended, future and unrelated ones do not", async ({ page }) => {
  const { scenario, other } = await pick(page);
  await serveIncidents(page, [
    incident("active-system", { systems: [scenario.system] }),
    incident("active-scenario", { scenarios: [scenario.id] }),
    incident("ended", { systems: [scenario.system], start: new Date(T0 - 7_200_000).toISOString(), end: new Date(T0 - 60_000).toISOString() }),
    incident("future", { systems: [scenario.system], start: new Date(T0 + 60_000).toISOString(), end: null }),
    incident("unrelated", { systems: [other.system] }),
  ]);
  await page.clock.install({ time: T0 });
  await page.goto(`/search?q=${encodeURIComponent(scenario.signatures[0]!)}`);
  await expect(page.getByRole("link", { name: scenario.title }).first()).toBeVisible();
  await expect(page.getByRole("status", { name: "Known incident: Incident active-system" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Known incident: Incident active-scenario" })).toContainText("What to do during active-scenario.");
  for (const hidden of ["ended", "future", "unrelated"]) await expect(page.getByRole("status", { name: `Known incident: Incident ${hidden}` })).toHaveCount(0);
});

test("an incident appears when its start comes and goes when its end comes, without a reload", async ({ page }) => {
  const { scenario } = await pick(page);
  await serveIncidents(page, [incident("soon", { systems: [scenario.system], start: new Date(T0 + 60_000).toISOString(), end: new Date(T0 + 120_000).toISOString() })]);
  await page.clock.install({ time: T0 });
  await page.goto(`/search?q=${encodeURIComponent(scenario.signatures[0]!)}`);
  await expect(page.getByRole("link", { name: scenario.title }).first()).toBeVisible();
  const banner = page.getByRole("status", { name: "Known incident: Incident soon" });
  await expect(banner).toHaveCount(0);
  await page.clock.runFor(61_000);
  await expect(banner).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(banner).toHaveCount(0);
});
