import type { Root, Yaml } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visitParents } from "unist-util-visit-parents";
import { LineCounter, parseDocument } from "yaml";
import { problem, type Problem } from "./problem";

export const stepKinds = ["action", "check", "info"] as const;
export type StepKind = (typeof stepKinds)[number];

export interface ParsedStep {
  id: string;
  text: string;
  internal: boolean;
  line: number;
  /** action: something to do (a tickbox); check: a question to answer; info: an explanation (no tickbox). */
  kind: StepKind;
  /** The kind attribute as written, when it is not one of stepKinds (build reports it). */
  badKind?: string;
  /** Earlier ids of this step (`was="old-id other-old-id"`), so stored ticks follow a rename. */
  was: string[];
}

export interface ParsedLink {
  url: string;
  line: number;
}

/** What one MDX file says, before any cross-file checks. Pure: source text in, data out. */
export interface ParsedFile {
  data: unknown;
  steps: ParsedStep[];
  links: ParsedLink[];
  /** [start, end) offsets of <Internal> blocks, so an edition can cut them from the source. */
  internalRanges: Array<[number, number]>;
  problems: Problem[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx);

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function attr(node: JsxElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === "mdxJsxAttribute" && a.name === name && typeof a.value === "string") return a.value;
  }
  return undefined;
}

interface SyntaxErrorLike {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
}

function parseFrontmatter(file: string, node: Yaml | undefined, problems: Problem[]): unknown {
  if (!node) {
    problems.push(problem(file, "frontmatter", "missing: start the file with a --- block of YAML fields"));
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      // The YAML starts on the line after the opening ---.
      const line = lineCounter.linePos(err.pos[0]).line + 1;
      problems.push(problem(file, "frontmatter", `line ${line}: invalid YAML: ${err.message.split("\n")[0]}`));
    }
    return undefined;
  }
  return doc.toJS();
}

export function parseMdxFile(file: string, source: string): ParsedFile {
  const problems: Problem[] = [];
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const e = error as SyntaxErrorLike;
    const reason = e.reason ?? e.message ?? String(error);
    // At the end of the file the parser gives no position, only "(38:1-38:8)" in its reason.
    const inReason = /\((\d+):(\d+)-/.exec(reason);
    const line = e.line ?? (inReason ? Number(inReason[1]) : undefined);
    const column = e.line ? e.column : inReason ? Number(inReason[2]) : undefined;
    const where = line ? `line ${line}${column ? `, column ${column}` : ""}: ` : "";
    problems.push(problem(file, "body", `${where}MDX syntax error: ${reason}`));
    return { data: undefined, steps: [], links: [], internalRanges: [], problems };
  }

  const yaml = tree.children.find((n): n is Yaml => n.type === "yaml");
  const data = parseFrontmatter(file, yaml, problems);

  const steps: ParsedStep[] = [];
  const links: ParsedLink[] = [];
  const internalRanges: Array<[number, number]> = [];
  visitParents(tree, (node, ancestors) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === "link" && node.url.startsWith("/")) links.push({ url: node.url, line });
    if (!isJsx(node)) return;
    const internal = ancestors.some((a) => isJsx(a) && a.name === "Internal");
    if (node.name === "Internal" && !internal) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) internalRanges.push([start, end]);
    }
    if (node.name === "Step") {
      const kindAttr = attr(node, "kind");
      const kind = stepKinds.find((k) => k === kindAttr) ?? "action";
      const was = (attr(node, "was") ?? "").split(/[\s,]+/).filter(Boolean);
      const text = toString(node).replace(/\s+/g, " ").trim();
      steps.push({ id: attr(node, "id") ?? "", text, internal, line, kind, was, ...(kindAttr !== undefined && kindAttr !== kind ? { badKind: kindAttr } : {}) });
    }
  });
  return { data, steps, links, internalRanges, problems };
}

/** The source with every top-level <Internal> block removed: what the customer edition compiles. */
export function stripRanges(source: string, ranges: Array<[number, number]>): string {
  let out = "";
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, start);
    at = end;
  }
  return out + source.slice(at);
}
