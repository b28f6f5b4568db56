/** The diagram as the layout sees it (plain text and links) and as it places it (boxes, lines, paths). */

export interface DiagramLink {
  text: string;
  href: string;
}

export interface LayoutNodeInput {
  id: string;
  label: string;
  detail?: string;
  links: DiagramLink[];
  highlight: boolean;
}

export interface LayoutEdgeInput {
  from: string;
  to: string;
  label?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LineKind = "tag" | "label" | "detail" | "link" | "edge";

/** One line of text: x is its left edge, y its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  kind: LineKind;
}

export interface PlacedLink {
  href: string;
  text: string;
  lines: TextLine[];
  /** The area the link's focus ring outlines. */
  box: Box;
}

export interface PlacedNode extends Box {
  id: string;
  rank: number;
  highlight: boolean;
  /** The "Fails here" tag, when highlighted. */
  tag?: { box: Box; line: TextLine };
  lines: TextLine[];
  links: PlacedLink[];
}

export interface PlacedEdge {
  from: string;
  to: string;
  label?: string;
  path: string;
  labelLines: TextLine[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}
