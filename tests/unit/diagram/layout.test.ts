import { describe, expect, test } from "vitest";
import { DIAGRAM_WIDTH } from "@/components/diagram";
import { layoutDiagram, lineWidth, metrics, rankNodes } from "@/components/diagram/layout";
import type { Box, DiagramLayout } from "@/components/diagram/types";
import { diagramInputs, failingNodeIds } from "@/components/diagram/model";
import { textWidth, wrapText } from "@/components/diagram/text-metrics";
import { loadCatalog } from "@/lib/content/load";

const { catalog } = loadCatalog(process.cwd(), "agent");

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every text line as a box: from its baseline up by the font size, down by a descender. */
function textBoxes(layout: DiagramLayout): Array<Box & { text: string }> {
  const lines = [
    ...layout.nodes.flatMap((n) => [...n.lines, ...n.links.flatMap((l) => l.lines), ...(n.tag ? [n.tag.line] : [])]),
    ...layout.edges.flatMap((e) => e.labelLines),
  ];
  return lines.map((l) => ({ text: l.text, x: l.x, y: l.y - 12, width: lineWidth(l), height: 15 }));
}

/** The layouts the site draws: the full one of each system page and the compact one of each scenario page. */
function siteLayouts(): Array<{ name: string; layout: DiagramLayout }> {
  return catalog.systems.flatMap((system) => {
    const diagram = system.diagram;
    if (!diagram) return [];
    const scenarios = catalog.scenarios.filter((s) => s.system === system.id);
    const full = diagramInputs(system, diagram, scenarios, { details: true, links: true, failing: [] });
    return [
      { name: `/systems/${system.id}`, layout: layoutDiagram(full, diagram.edges, DIAGRAM_WIDTH) },
      ...scenarios.map((s) => {
        const inputs = diagramInputs(system, diagram, scenarios, { details: false, links: false, failing: failingNodeIds(diagram, s) });
        return { name: s.url, layout: layoutDiagram(inputs, diagram.edges, DIAGRAM_WIDTH) };
      }),
    ];
  });
}

describe("text measuring and wrapping", () => {
  test("bold text is wider than regular text", () => {
    expect(textWidth("Token creation", 15, "bold")).toBeGreaterThan(textWidth("Token creation", 15));
  });

  test("wrapped lines never exceed the width, and a word longer than the width is broken", () => {
    const lines = wrapText("QUEUED, WAITING or SENDING_ASYNC_SENDING_ASYNC", 80, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(80);
    expect(lines.join("").replaceAll(" ", "")).toBe("QUEUED,WAITINGorSENDING_ASYNC_SENDING_ASYNC");
  });
});

describe("diagram layout", () => {
  test("a node's rank is its longest path from a source", () => {
    const ranks = rankNodes(["a", "b", "c", "d"], [
      { from: "a", to: "b" },
      { from: "b", to: "c" },
      { from: "a", to: "c" },
      { from: "a", to: "d" },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 0, b: 1, c: 2, d: 1 });
  });

  test("a branch puts its targets side by side, and a lone node below takes the whole width again", () => {
    const node = (id: string) => ({ id, label: id, links: [], highlight: false });
    const layout = layoutDiagram([node("queued"), node("sent"), node("retries"), node("failed")], [
      { from: "queued", to: "sent" },
      { from: "queued", to: "retries" },
      { from: "retries", to: "failed" },
    ], 340);
    const at = (id: string) => layout.nodes.find((n) => n.id === id);
    expect(at("sent")?.y).toBe(at("retries")?.y);
    expect(at("sent")?.x).toBeLessThan(at("retries")?.x ?? 0);
    expect((at("sent")?.width ?? 0) * 2).toBeLessThan(340);
    expect(at("failed")?.width).toBe(at("queued")?.width);
    expect(at("failed")?.y).toBeGreaterThan((at("retries")?.y ?? 0) + (at("retries")?.height ?? 0));
  });

  test("every system written from a seed has a diagram (a diagram is optional for others)", () => {
    expect(catalog.systems.filter((s) => s.seed).length).toBeGreaterThan(0);
    expect(catalog.systems.filter((s) => s.seed && !s.diagram).map((s) => s.id)).toEqual([]);
  });

  test.each(siteLayouts())("$name: nodes and text stay inside the drawing and never overlap", ({ layout }) => {
    const drawing = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (const n of layout.nodes) {
      expect(n.x >= 0 && n.y >= 0 && n.x + n.width <= drawing.width && n.y + n.height <= drawing.height).toBe(true);
      for (const other of layout.nodes) if (other !== n) expect(overlaps(n, other)).toBe(false);
      for (const line of [...n.lines, ...n.links.flatMap((l) => l.lines)]) {
        expect(line.x + lineWidth(line)).toBeLessThanOrEqual(n.x + n.width - metrics.padding + 0.01);
      }
    }
    const boxes = textBoxes(layout);
    for (const [i, a] of boxes.entries()) {
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `"${a.text}" overlaps "${b.text}"`).toBe(false);
    }
    for (const e of layout.edges) {
      for (const line of e.labelLines) {
        const box = { x: line.x, y: line.y - 12, width: lineWidth(line), height: 15 };
        for (const n of layout.nodes) expect(overlaps(box, n), `edge label "${line.text}" overlaps node ${n.id}`).toBe(false);
      }
    }
  });

  test.each(siteLayouts())("$name: every edge runs from the bottom of its source to the top of its target", ({ layout }) => {
    for (const e of layout.edges) {
      const from = layout.nodes.find((n) => n.id === e.from);
      const to = layout.nodes.find((n) => n.id === e.to);
      if (!from || !to) throw new Error(`edge ${e.from} -> ${e.to} has no node`);
      expect(e.path.startsWith(`M${from.x + from.width / 2} ${from.y + from.height}`)).toBe(true);
      expect(e.path.endsWith(`V${to.y}`)).toBe(true);
      expect(to.y).toBeGreaterThan(from.y + from.height);
    }
  });
});
