import { textWidth, wrapText } from "./text-metrics";
import type {
  DiagramLayout,
  LayoutEdgeInput,
  LayoutNodeInput,
  PlacedEdge,
  PlacedLink,
  PlacedNode,
  TextLine,
} from "./types";


export const FAILS_HERE = "Fails here";

/** Type sizes and spacing in SVG user units (1 unit = 1 CSS px at the diagram's natural width). */
export const metrics = {
  margin: 4,
  columnGap: 16,
  padding: 10,
  tag: { size: 12, height: 20, padX: 8 },
  label: { size: 15, line: 19 },
  detail: { size: 13, line: 17 },
  link: { size: 13, line: 18 },
  edge: { size: 12, line: 15, offset: 6 },
  stub: 12,
  minGap: 34,
} as const;

/** The width of a line as drawn, for focus rings and overlap checks. */
export function lineWidth(line: TextLine): number {
  const size = { tag: metrics.tag.size, label: metrics.label.size, detail: metrics.detail.size, link: metrics.link.size, edge: metrics.edge.size }[line.kind];
  return textWidth(line.text, size, line.kind === "tag" || line.kind === "label" ? "bold" : "regular");
}

function baseline(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight + size * 0.72) / 2;
}

/** Longest-path ranks from the sources; nodes on a cycle (invalid content) fall to the bottom. */
export function rankNodes(ids: string[], edges: LayoutEdgeInput[]): Map<string, number> {
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) if (indegree.has(e.from) && indegree.has(e.to)) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const rank = new Map<string, number>();
  const queue = ids.filter((id) => indegree.get(id) === 0);
  queue.forEach((id) => rank.set(id, 0));
  while (queue.length > 0) {
    const id = queue.shift() ?? "";
    for (const e of edges.filter((edge) => edge.from === id && indegree.has(edge.to))) {
      rank.set(e.to, Math.max(rank.get(e.to) ?? 0, (rank.get(id) ?? 0) + 1));
      const left = (indegree.get(e.to) ?? 0) - 1;
      indegree.set(e.to, left);
      if (left === 0) queue.push(e.to);
    }
  }
  const deepest = Math.max(0, ...rank.values());
  ids.filter((id) => !rank.has(id) || (indegree.get(id) ?? 0) > 0).forEach((id, i) => rank.set(id, deepest + 1 + i));
  return rank;
}

interface Column {
  x: number;
  width: number;
}

/**
 * Spreads each rank across the width. A rank with one node takes the whole width even below a
 * branch: the other branch has ended there, and the text wraps less.
 */
function assignColumns(nodes: LayoutNodeInput[], rank: Map<string, number>, width: number) {
  const columns = new Map<string, Column>();
  const ranks = [...new Set(nodes.map((n) => rank.get(n.id) ?? 0))].sort((a, b) => a - b);
  const inner = width - 2 * metrics.margin;
  for (const r of ranks) {
    const row = nodes.filter((n) => rank.get(n.id) === r);
    const w = (inner - (row.length - 1) * metrics.columnGap) / row.length;
    row.forEach((n, i) => columns.set(n.id, { x: metrics.margin + i * (w + metrics.columnGap), width: w }));
  }
  return { columns, ranks };
}

/** Wraps a node's text into lines relative to the node's top-left corner; returns them and the height. */
function nodeContent(node: LayoutNodeInput, width: number) {
  const { padding: p } = metrics;
  const textWidthMax = width - 2 * p;
  let y = p;
  let tag: PlacedNode["tag"];
  if (node.highlight) {
    const w = textWidth(FAILS_HERE, metrics.tag.size, "bold") + 2 * metrics.tag.padX;
    tag = {
      box: { x: p, y, width: w, height: metrics.tag.height },
      line: { text: FAILS_HERE, x: p + metrics.tag.padX, y: baseline(y, metrics.tag.height, metrics.tag.size), kind: "tag" },
    };
    y += metrics.tag.height + 6;
  }
  const lines: TextLine[] = [];
  const push = (texts: string[], kind: "label" | "detail", m: { size: number; line: number }) => {
    for (const text of texts) {
      lines.push({ text, x: p, y: baseline(y, m.line, m.size), kind });
      y += m.line;
    }
  };
  push(wrapText(node.label, textWidthMax, metrics.label.size, "bold"), "label", metrics.label);
  if (node.detail) {
    y += 3;
    push(wrapText(node.detail, textWidthMax, metrics.detail.size), "detail", metrics.detail);
  }
  const links: PlacedLink[] = [];
  for (const link of node.links) {
    y += links.length === 0 ? 8 : 4;
    const top = y;
    const linkLines = wrapText(link.text, textWidthMax, metrics.link.size).map((text) => {
      const line: TextLine = { text, x: p, y: baseline(y, metrics.link.line, metrics.link.size), kind: "link" };
      y += metrics.link.line;
      return line;
    });
    const widest = Math.max(...linkLines.map(lineWidth));
    links.push({ ...link, lines: linkLines, box: { x: p - 3, y: top - 1, width: widest + 6, height: y - top + 2 } });
  }
  return { tag, lines, links, height: y + p };
}

function shift<T extends { x: number; y: number }>(item: T, dx: number, dy: number): T {
  return { ...item, x: item.x + dx, y: item.y + dy };
}

/**
 * Lays a diagram out top to bottom at a given width: one row per rank, branches side by side,
 * edges as elbows whose labels sit beside the arrow that enters the target.
 */
export function layoutDiagram(nodes: LayoutNodeInput[], edges: LayoutEdgeInput[], width: number): DiagramLayout {
  const known = new Set(nodes.map((n) => n.id));
  const drawn = edges.filter((e) => known.has(e.from) && known.has(e.to));
  const rank = rankNodes(nodes.map((n) => n.id), drawn);
  const { columns, ranks } = assignColumns(nodes, rank, width);
  const content = new Map(nodes.map((n) => [n.id, nodeContent(n, columns.get(n.id)?.width ?? width)]));
  const centre = (id: string) => {
    const c = columns.get(id);
    return c ? c.x + c.width / 2 : width / 2;
  };

  const placed = new Map<string, PlacedNode>();
  const edgeLabels = new Map<PlacedEdge["to"], TextLine[]>();
  const gapTops = new Map<number, number>();
  let y = metrics.margin;
  ranks.forEach((r, i) => {
    const row = nodes.filter((n) => rank.get(n.id) === r);
    if (i > 0) {
      // The gap above this row: a stub, the elbows, then each arrow's label beside it.
      gapTops.set(r, y);
      const xs = row.map((n) => centre(n.id)).sort((a, b) => a - b);
      let tallest = 0;
      for (const n of row) {
        const texts = drawn.filter((e) => e.to === n.id && e.label).map((e) => e.label ?? "");
        if (texts.length === 0) continue;
        const x = centre(n.id) + metrics.edge.offset;
        const next = xs.find((other) => other > centre(n.id));
        const room = (next === undefined ? width - metrics.margin : next - metrics.edge.offset) - x;
        const wrapped = wrapText(texts.join("; "), room, metrics.edge.size);
        tallest = Math.max(tallest, wrapped.length);
        edgeLabels.set(
          n.id,
          wrapped.map((text, k) => ({ text, x, y: baseline(k * metrics.edge.line, metrics.edge.line, metrics.edge.size), kind: "edge" })),
        );
      }
      y += Math.max(metrics.minGap, metrics.stub + 6 + tallest * metrics.edge.line + 8);
    }
    let rowHeight = 0;
    for (const n of row) {
      const col = columns.get(n.id) ?? { x: metrics.margin, width };
      const c = content.get(n.id);
      if (!c) continue;
      rowHeight = Math.max(rowHeight, c.height);
      placed.set(n.id, {
        id: n.id,
        rank: r,
        highlight: n.highlight,
        x: col.x,
        y,
        width: col.width,
        height: c.height,
        tag: c.tag && { box: shift(c.tag.box, col.x, y), line: shift(c.tag.line, col.x, y) },
        lines: c.lines.map((l) => shift(l, col.x, y)),
        links: c.links.map((l) => ({ ...l, box: shift(l.box, col.x, y), lines: l.lines.map((line) => shift(line, col.x, y)) })),
      });
    }
    y += rowHeight;
  });

  const placedEdges: PlacedEdge[] = drawn.map((e) => {
    const from = placed.get(e.from);
    const to = placed.get(e.to);
    if (!from || !to) return { ...e, path: "", labelLines: [] };
    const sx = from.x + from.width / 2;
    const tx = to.x + to.width / 2;
    const gapTop = gapTops.get(to.rank) ?? from.y + from.height;
    const elbow = gapTop + metrics.stub;
    const sy = from.y + from.height;
    const path = sx === tx ? `M${sx} ${sy}V${to.y}` : `M${sx} ${sy}V${elbow}H${tx}V${to.y}`;
    const labelTop = elbow + 6;
    const labelLines = e.label ? (edgeLabels.get(e.to) ?? []).map((l) => shift(l, 0, labelTop)) : [];
    return { ...e, path, labelLines };
  });
  // Labels of several edges into one node are joined into one block: draw it once.
  const seen = new Set<string>();
  for (const e of placedEdges) {
    if (seen.has(e.to)) e.labelLines = [];
    if (e.labelLines.length > 0) seen.add(e.to);
  }
  return { width, height: y + metrics.margin, nodes: nodes.map((n) => placed.get(n.id)).filter((n) => n !== undefined), edges: placedEdges };
}
