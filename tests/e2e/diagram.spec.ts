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
  // Expectations come from content (each system's diagram frontmatter and its scenarios), so a docs-team
  // edit to a diagram or a new scenario in a group needs no change here.
  const drawn = catalog.systems.flatMap((system) => (system.diagram ? [{ system, diagram: system.diagram }] : []));

  test("at least one system has a diagram", () => {
    expect(drawn.length).toBeGreaterThan(0);
  });

  for (const { system, diagram } of drawn) {
    test(`${system.id}: the diagram draws its nodes in order, each group link leading to its group's heading`, async ({ page }) => {
      await page.goto(`/systems/${system.id}`);
      const svg = page.getByRole("group", { name: diagram.title });
      await expect(svg).toBeVisible();
      const labels = (await svg.locator("g[data-node] text.font-bold").allTextContents()).join(" ").replace(/\s+/g, " ");
      let from = 0;
      for (const node of diagram.nodes) {
        const at = labels.indexOf(node.label, from);
        expect(at, `${node.label} drawn after the nodes before it in ${labels}`).toBeGreaterThanOrEqual(from);
        from = at + node.label.length;
      }
      const node = diagram.nodes.find((n) => n.groups.length > 0);
      if (!node) return;
      const groupId = node.groups[0]!;
      const group = system.groups.find((g) => g.id === groupId)!;
      const count = catalog.scenarios.filter((s) => s.system === system.id && s.group === groupId).length;
      const link = svg.locator(`a[href="/systems/${system.id}#${groupId}"]`).first();
      await expect(link).toHaveAccessibleName(new RegExp(`\\b${count} scenarios?\\b`));
      await expect(link).toHaveAccessibleName(new RegExp(group.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/systems/${system.id}#${groupId}$`));
      await expect(page.getByRole("heading", { level: 3, name: group.label, exact: false }).first()).toBeInViewport();
    });

    test(`${system.id}: the text version lists every node in order with its details and where it leads`, async ({ page }) => {
      await page.goto(`/systems/${system.id}`);
      await page.getByText("Text version").click();
      const items = page.locator("#lifecycle details > ol > li");
      await expect(items).toHaveCount(diagram.nodes.length);
      for (const [i, node] of diagram.nodes.entries()) {
        const item = items.nth(i);
        await expect(item).toContainText(node.label);
        if (node.detail) await expect(item).toContainText(node.detail);
        for (const edge of diagram.edges.filter((e) => e.from === node.id)) {
          await expect(item).toContainText(diagram.nodes.find((n) => n.id === edge.to)!.label);
          if (edge.label) await expect(item).toContainText(edge.label);
        }
      }
    });
  }

  test("the Mambu diagram shows the seed's retries after 2, 6, 18 and 54 seconds", async ({ page }) => {
    // A fact of the Mambu seed document, not of the catalog.
    await page.goto("/systems/mambu");
    await expect(page.locator("#lifecycle svg")).toContainText(/2, 6, 18 and 54 seconds/);
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
