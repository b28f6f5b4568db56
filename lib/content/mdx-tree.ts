import type { Nodes, Parent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { componentRule } from "./components";
import type { Edition } from "./types";

/**
 * One parser for everything: validation, step text, links and what the page renders all read the
 * same tree, so what is checked is exactly what is published.
 */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkMdx);

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsx(node: { type: string }): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** Parses MDX into an mdast tree; throws the parser's error (with its position) on a syntax error. */
export function parseTree(source: string): Root {
  const tree = processor.parse(source);
  unravel(tree);
  return tree;
}

/** As MDX does: a paragraph holding only components (and blanks) becomes those components. */
function unravel(parent: Parent): void {
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i] as RootContent;
    if (node.type === "paragraph") {
      const kids = node.children;
      const onlyJsx =
        kids.some((k) => k.type === "mdxJsxTextElement" || k.type === "mdxTextExpression") &&
        kids.every((k) => k.type === "mdxJsxTextElement" || k.type === "mdxTextExpression" || (k.type === "text" && k.value.trim() === ""));
      if (onlyJsx) {
        const lifted = kids
          .filter((k) => k.type !== "text")
          .map((k) => ({ ...k, type: k.type === "mdxJsxTextElement" ? "mdxJsxFlowElement" : "mdxFlowExpression" }) as RootContent);
        parent.children.splice(i, 1, ...lifted);
        i--;
        continue;
      }
    }
    if ("children" in node) unravel(node as Parent);
  }
}

/**
 * The tree an edition publishes: the customer edition loses every <Internal> element (at any depth,
 * inside a step, a note or a table cell); both lose the frontmatter and comment-only expressions.
 * Everything the edition shows (page, step text, catalog, index) is derived from this tree.
 */
export function editionTree(tree: Root, edition: Edition): Root {
  const keep = (node: Nodes): boolean => {
    if (node.type === "yaml") return false;
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") return false;
    if (edition === "customer" && isJsx(node) && node.name === "Internal") return false;
    return true;
  };
  const copy = <T extends Nodes>(node: T): T => {
    if (!("children" in node)) return node;
    const children = (node.children as Nodes[]).filter(keep).map(copy);
    return { ...node, children } as T;
  };
  return copy(tree);
}

/**
 * The tree that gets compiled: a validated, edition-filtered mdast tree as plain data (no positions,
 * no parser data). A JSX element outside the allowlist, or an attribute a component does not take,
 * is dropped here too, so an unvalidated tree cannot smuggle one through; mdx-guard.ts then refuses
 * anything that is still not Markdown-and-components when it is compiled.
 */
export function publishedTree(tree: Root): Root {
  return plain(tree) as Root;
}

function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain).filter((n) => n !== undefined);
  if (node === null || typeof node !== "object") return node;
  const n = node as Record<string, unknown>;
  if (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") {
    const jsx = n as unknown as JsxElement;
    const rule = jsx.name ? componentRule(jsx.name) : undefined;
    if (!rule) return undefined;
    const attributes = jsx.attributes.flatMap((a) =>
      a.type === "mdxJsxAttribute" && typeof a.value === "string" && Object.hasOwn(rule.attributes, a.name)
        ? [{ type: "mdxJsxAttribute", name: a.name, value: a.value }]
        : [],
    );
    return { type: jsx.type, name: jsx.name, attributes, children: plain(jsx.children) };
  }
  const out: Record<string, unknown> = {};
  // Positions are for error messages only; dropping them (and parser data) keeps the catalog small.
  for (const [key, value] of Object.entries(n)) if (key !== "position" && key !== "data") out[key] = plain(value);
  return out;
}
