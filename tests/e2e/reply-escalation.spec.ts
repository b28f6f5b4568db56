import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { contentSteps } from "./content-steps";
import { waitForHydration } from "./hydration";

interface CatalogJson {
  systems: Array<{ id: string; url: string }>;
  scenarios: Array<{ id: string; url: string; title: string; summary: string; steps: Array<{ id: string; text: string }> }>;
}

/** Internal people and teams, from the CASA seed ("Exact Dev to Reach Out To" and the teams it names). */
function internalNames(): string[] {
  const seed = readFileSync("../shared/seeds/002_b74eb1bbf04935bc.txt", "utf8");
  const people = (seed.split("Exact Dev to Reach Out To")[1] ?? "")
    .split("\n")
    .map((l) => (l.split("—")[0] ?? "").trim().split(" ")[0] ?? "")
    .filter((n) => /^[A-Z][a-z]+$/.test(n));
  return [...new Set([...people, "CASA dev", "CS team", "dev team"])];
}

test("Copy reply puts the summary, the customer's steps and the checklist's link on the clipboard", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const catalog = (await (await request.get("/catalog.json")).json()) as CatalogJson;
  const kinds = contentSteps();
  const scenario = catalog.scenarios.find((s) => (kinds.get(s.id) ?? []).some((k) => k.kind === "info")) ?? catalog.scenarios[0]!;
  await page.goto(scenario.url);
  await waitForHydration(page.getByRole("button", { name: "Copy reply" }));
  await expect(async () => {
    await page.getByRole("button", { name: "Copy reply" }).click();
    await expect(page.getByText("Reply copied")).toBeVisible({ timeout: 1000 });
  }).toPass();
  const reply = await page.evaluate(() => navigator.clipboard.readText());
  expect(reply).toContain(scenario.summary);
  expect(reply).toContain(new URL(scenario.url, page.url()).href);
  for (const step of scenario.steps) {
    const kind = kinds.get(scenario.id)?.find((k) => k.id === step.id)?.kind;
    if (kind === "info") expect(reply).not.toContain(step.text);
    else expect(reply).toContain(step.text);
  }
});

test("every scenario and system page of the customer edition names no internal team and ends escalation with a next step", async ({ page, request }) => {
  test.setTimeout(120_000);
  const catalog = (await (await request.get("/catalog.json")).json()) as CatalogJson;
  const names = internalNames();
  expect(names.length).toBeGreaterThan(3);
  const urls = [...catalog.systems.map((s) => s.url), ...catalog.scenarios.map((s) => s.url)];
  for (const url of urls) {
    await page.goto(url);
    const text = await page.locator("main").innerText();
    for (const name of names) expect(text.toLowerCase(), `${url} names ${name}`).not.toContain(name.toLowerCase());
    const box = page.getByRole("region", { name: "Still stuck? Escalate" });
    await expect(box, url).toBeVisible();
    // A next step: an e-mail link with the prepared message, or a sentence saying how to raise it; always the message to copy.
    const mail = await box.getByRole("link", { name: "Email support" }).count();
    const how = await box.locator("p").filter({ hasText: /contact|raise|report|escalate/i }).count();
    expect(mail + how, url).toBeGreaterThan(0);
    await expect(box.getByRole("button", { name: "Copy for support" }), url).toBeVisible();
  }
});

test("the prepared escalation message on a scenario page carries what was ticked and what was not", async ({ page, request }) => {
  const catalog = (await (await request.get("/catalog.json")).json()) as CatalogJson;
  const kinds = contentSteps();
  const scenario = catalog.scenarios.find((s) => (kinds.get(s.id) ?? []).filter((k) => k.kind !== "info").length >= 2)!;
  const [first, second] = (kinds.get(scenario.id) ?? []).filter((k) => k.kind !== "info");
  await page.goto(scenario.url);
  // Ticked once React owns the box, and counted by the progress line (only ticks React has seen count):
  // a box that merely looked ticked before hydration was reset by it, and the message then had "[ ]".
  await waitForHydration(page.locator(`#check-${first!.id}`));
  await expect(async () => {
    await page.locator(`#check-${first!.id}`).setChecked(true);
    await expect(page.getByTestId("checklist-progress").first()).toHaveText(/^1 of \d+ done$/, { timeout: 500 });
  }).toPass();
  const box = page.getByRole("region", { name: "Still stuck? Escalate" });
  await box.getByText("See the message").click();
  const message = box.getByTestId("escalation-message");
  const text = (id: string) => scenario.steps.find((s) => s.id === id)?.text ?? "";
  await expect(message).toContainText(`Scenario: ${scenario.title} (${scenario.id})`);
  await expect(message).toContainText(`[x] ${text(first!.id)}`);
  await expect(message).toContainText(`[ ] ${text(second!.id)}`);
  const mail = box.getByRole("link", { name: "Email support" });
  if ((await mail.count()) > 0) {
    const href = (await mail.getAttribute("href")) ?? "";
    expect(href).toMatch(/^mailto:[^?]+\?subject=/);
    expect(decodeURIComponent(href)).toContain(`[x] ${text(first!.id)}`);
  }
});
