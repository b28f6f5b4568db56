import { expect, test, type Locator } from "@playwright/test";
import { failingNodeIds } from "../../components/diagram/model";
import { loadCatalog } from "../../lib/content/load";

const { catalog } = loadCatalog(process.cwd(), "customer");

/** Every text of each node lies inside the node's frame, as the browser actually draws it. */
async function textOutsideNodes(diagram: Locator): Promise<string[]> {
  return diagram.evaluate((svg) => {
    const outside: string[] = [];
    for (const node of svg.querySelectorAll<SVGGElement>("g[data-node]")) {
      const frame = node.querySelector("rect")?.getBBox();
      if (!frame) continue;
      for (const text of node.querySelectorAll<SVGTextElement>("text")) {
        const box = text.getBBox();
        if (box.x < frame.x || box.y < frame.y || box.x + box.width > frame.x + frame.width || box.y + box.height > frame.y + frame.height) {
          outside.push(`${node.dataset.node}: ${text.textContent}`);
        }
      }
    }
    return outside;
  });
}

/** WCAG contrast ratio between a node's label and the node's fill, as the browser paints them. */
async function labelContrast(diagram: Locator): Promise<number> {
  return diagram.evaluate((svg) => {
    const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    const lum = (color: string) => {
      if (!ctx) return 0;
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
      const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const node = svg.querySelector("g[data-node]");
    const frame = node?.querySelector("rect");
    const label = node?.querySelector("text");
    if (!frame || !label) return 0;
    const [a = 0, b = 0] = [lum(getComputedStyle(label).fill), lum(getComputedStyle(frame).fill)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
}

test.describe("system page diagram", () => {
  test("the WXM pipeline is drawn in order, each stage linking to its group of scenarios", async ({ page }) => {
    await page.goto("/systems/wxm");
    const diagram = page.getByRole("group", { name: "How a survey invitation travels through WXM" });
    await expect(diagram).toBeVisible();
    const labels = await diagram.locator("g[data-node] text.font-bold").allTextContents();
    expect(labels.join(" ")).toMatch(/dispatchRequest API.*Batch.*Trigger and Time-Trigger.*Token creation.*Dispatcher.*Vendor/);
    await diagram.getByRole("link", { name: "A dispatch's records were skipped (6 scenarios)" }).click();
    await expect(page).toHaveURL(/\/systems\/wxm#dispatch-skipped$/);
    await expect(page.getByRole("heading", { level: 3, name: /A dispatch's records were skipped/ })).toBeInViewport();
  });

  test("the Mambu diagram shows the retries after 2, 6, 18 and 54 seconds and the resend", async ({ page }) => {
    await page.goto("/systems/mambu");
    const diagram = page.getByRole("group", { name: "The states of a notification in Mambu" });
    await expect(diagram).toContainText("after 2, 6, 18 and 54 seconds");
    await expect(diagram).toContainText("Resend");
    await expect(diagram.getByRole("link", { name: "2 scenarios at FAILED" })).toHaveAttribute("href", "/systems/mambu#failed");
  });

  test("the text version lists every stage in order with where it leads", async ({ page }) => {
    await page.goto("/systems/alx");
    await page.getByText("Text version").click();
    const items = page.locator("#lifecycle details > ol > li");
    await expect(items).toHaveCount(5);
    await expect(items.nth(0)).toContainText("Backend test required");
    await expect(items.nth(1)).toContainText("Leads to To send (checked and validated) or Not sent (invalid or missing recipient).");
  });

  for (const system of catalog.systems) {
    test(`${system.id}: at 360 px the diagram fits the screen and every text stays inside its node`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/systems/${system.id}`);
      const diagram = page.locator("#lifecycle svg");
      const width = await diagram.evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
      expect(width, "drawn at nearly its natural size, so 12 px text stays legible").toBeGreaterThan(0.9);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await textOutsideNodes(diagram)).toEqual([]);
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    test(`node labels have at least 7:1 contrast in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/systems/casa");
      expect(await labelContrast(page.locator("#lifecycle svg"))).toBeGreaterThanOrEqual(7);
    });
  }
});

test.describe("scenario page diagram", () => {
  for (const id of ["wxm/dispatch-paused", "casa/delivery-callbacks-lost", "mambu/auto-retry-policy", "genesys/chat-requeued-after-chat-server-failure"]) {
    test(`${id} marks the one node where it fails, in words as well as colour`, async ({ page }) => {
      const scenario = catalog.scenarios.find((s) => s.id === id);
      const system = catalog.systems.find((s) => s.id === scenario?.system);
      if (!scenario || !system?.diagram) throw new Error(`${id} has no diagram`);
      const [nodeId] = failingNodeIds(system.diagram, scenario);
      const label = system.diagram.nodes.find((n) => n.id === nodeId)?.label ?? "";
      await page.goto(scenario.url);
      const diagram = page.getByRole("img", { name: system.diagram.title });
      await expect(diagram).toBeVisible();
      await expect(diagram).toHaveAccessibleDescription(new RegExp(`This scenario fails at: ${label}\\.$`));
      const marked = diagram.locator("g[data-highlight]");
      await expect(marked).toHaveCount(1);
      await expect(marked).toHaveAttribute("data-node", nodeId ?? "");
      await expect(marked.locator("text").first()).toHaveText("Fails here");
      await page.getByText("Text version").click();
      await expect(page.locator("#lifecycle details li").filter({ hasText: "Fails here" })).toContainText(label);
    });
  }
});
