import type { Nodes, Root, Yaml } from "mdast";
import { toString } from "mdast-util-to-string";
import { LineCounter, parseDocument } from "yaml";
import { checkMdxTree } from "./mdx-check";
import { editionTree, isJsx, parseTree, publishedTree, type JsxElement } from "./mdx-tree";
import { problem, type Problem } from "./problem";
import { stepKinds, type StepKind } from "./schema";
import type { Edition } from "./types";

export interface ParsedStep {
  id: string;
  /** Earlier ids of this step (was="a b"), so checklist ticks survive a rename. */
  was: string[];
  /** <Step kind="action|check|info">, action when absent (mdx-check rejects any other value). */
  kind: StepKind;
  /** The text without any <Internal> inside it, when that differs: what a reply to a customer may quote. */
  customerText?: string;
  text: string;
  internal: boolean;
  line: number;
}

export interface ParsedLink {
  url: string;
  line: number;
}

/** What one MDX file says, for one edition, before any cross-file checks. Pure: source text in, data out. */
export interface ParsedFile {
  data: unknown;
  /** The edition's steps: in the customer edition, internal steps and internal text in steps are gone. */
  steps: ParsedStep[];
  /** The internal links the edition publishes. */
  links: ParsedLink[];
  /** What the edition compiles and renders: the validated, edition-filtered tree as plain data. */
  body: Root;
  /** The edition's body as plain text (for tests and search). */
  text: string;
  /** The <Reply> block's text, <Internal> left out: the reply agents copy for the customer. */
  reply?: string;
  problems: Problem[];
}

interface SyntaxErrorLike {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
}

const EMPTY_BODY: Root = { type: "root", children: [] };

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
      problems.push(problem(file, "frontmatter", `invalid YAML: ${err.message.split("\n")[0]}`, "error", line));
    }
    return undefined;
  }
  return doc.toJS();
}

function attr(node: JsxElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === "mdxJsxAttribute" && a.name === name && typeof a.value === "string") return a.value;
  }
  return undefined;
}

function collect(tree: Root, visit: (node: Nodes, ancestors: Nodes[]) => void): void {
  const walk = (node: Nodes, ancestors: Nodes[]) => {
    visit(node, ancestors);
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child, [...ancestors, node]);
  };
  walk(tree, []);
}

/** Plain text of a node with every <Internal> left out; block children become paragraphs. */
function withoutInternal(node: Nodes): string {
  const inline = (n: Nodes): string => {
    if (isJsx(n) && n.name === "Internal") return "";
    if ("children" in n) return (n.children as Nodes[]).map(inline).join("");
    return "value" in n && typeof n.value === "string" ? n.value : "";
  };
  const blocks = "children" in node ? (node.children as Nodes[]) : [node];
  const paragraphs = blocks.some((b) => b.type === "paragraph" || b.type === "list") ? blocks : [node];
  return paragraphs
    .map((b) => (b.type === "list" ? (b.children as Nodes[]).map((li) => `- ${inline(li).replace(/\s+/g, " ").trim()}`).join("\n") : inline(b).replace(/\s+/g, " ").trim()))
    .filter(Boolean)
    .join("\n\n");
}

function customerTextOf(node: Nodes): { customerText?: string } {
  const full = toString(node).replace(/\s+/g, " ").trim();
  const without = withoutInternal(node).replace(/\s+/g, " ").trim();
  return without === full ? {} : { customerText: without };
}

export function parseMdxFile(file: string, source: string, edition: Edition = "agent"): ParsedFile {
  const problems: Problem[] = [];
  let tree: Root;
  try {
    tree = parseTree(source);
  } catch (error) {
    const e = error as SyntaxErrorLike;
    const reason = e.reason ?? e.message ?? String(error);
    // At the end of the file the parser gives no position, only "(38:1-38:8)" in its reason.
    const inReason = /\((\d+):(\d+)-/.exec(reason);
    const line = e.line ?? (inReason ? Number(inReason[1]) : undefined);
    const column = e.line ? e.column : inReason ? Number(inReason[2]) : undefined;
    const where = column ? `column ${column}: ` : "";
    problems.push(problem(file, "body", `${where}MDX syntax error: ${reason}`, "error", line));
    return { data: undefined, steps: [], links: [], body: EMPTY_BODY, text: "", problems };
  }

  const yaml = tree.children.find((n): n is Yaml => n.type === "yaml");
  const data = parseFrontmatter(file, yaml, problems);
  const unsafe = checkMdxTree(file, tree);
  problems.push(...unsafe);

  // Everything the edition publishes comes from its own tree, never from the full one.
  const published = editionTree(tree, edition);
  const links: ParsedLink[] = [];
  collect(published, (node) => {
    if (node.type === "link" && node.url.startsWith("/")) links.push({ url: node.url, line: node.position?.start.line ?? 0 });
  });
  const steps: ParsedStep[] = [];
  collect(published, (node, ancestors) => {
    if (!isJsx(node) || node.name !== "Step") return;
    steps.push({
      id: attr(node, "id") ?? "",
      was: (attr(node, "was") ?? "").split(/\s+/).filter(Boolean),
      kind: stepKinds.find((k) => k === attr(node, "kind")) ?? "action",
      text: toString(node).replace(/\s+/g, " ").trim(),
      ...customerTextOf(node),
      internal: ancestors.some((a) => isJsx(a) && a.name === "Internal"),
      line: node.position?.start.line ?? 0,
    });
  });
  // A file that breaks the closed language is never compiled: nothing unchecked reaches a page.
  const body = unsafe.length > 0 ? EMPTY_BODY : publishedTree(published);
  const replyNode = published.children.find((n) => isJsx(n) && n.name === "Reply");
  const reply = replyNode ? withoutInternal(replyNode) : undefined;
  return { data, steps, links, body, text: toString(published).replace(/\s+/g, " ").trim(), problems, ...(reply ? { reply } : {}) };
}
