import type { Nodes, Root } from "mdast";
import { componentRule } from "./components";
import { isAllowedUrl } from "./mdx-check";
import { isJsx } from "./mdx-tree";

/**
 * Markdown node types a compiled body may hold: everything else (mdxjsEsm import/export,
 * mdxFlowExpression and mdxTextExpression {code}, raw html...) is refused.
 */
const MARKDOWN = new Set([
  "root", "paragraph", "heading", "thematicBreak", "blockquote", "list", "listItem", "table", "tableRow", "tableCell",
  "code", "inlineCode", "text", "emphasis", "strong", "delete", "break", "link", "image", "linkReference",
  "imageReference", "definition", "footnoteDefinition", "footnoteReference",
]);

export class ClosedLanguageError extends Error {
  override name = "ClosedLanguageError";
}

/**
 * Defence in depth, run as the last remark plugin before a body is compiled: mdx-check has already
 * rejected every file that breaks the closed language, so this never fires on checked content. If a
 * tree reaches the compiler without that check (a bug, a new code path), it stops the compile
 * instead of turning code into a program.
 */
export function assertClosedTree(tree: Root): void {
  const walk = (node: Nodes) => {
    if (isJsx(node)) {
      const rule = node.name ? componentRule(node.name) : undefined;
      if (!rule) throw new ClosedLanguageError(`<${node.name ?? ""}> is not a documented component`);
      for (const a of node.attributes) {
        if (a.type !== "mdxJsxAttribute") throw new ClosedLanguageError(`<${node.name} {…}>: spread attributes are code`);
        if (typeof a.value !== "string") throw new ClosedLanguageError(`<${node.name} ${a.name}>: attribute values must be text`);
        if (!Object.hasOwn(rule.attributes, a.name)) throw new ClosedLanguageError(`<${node.name} ${a.name}>: not an attribute of <${node.name}>`);
      }
    } else if (!MARKDOWN.has(node.type)) {
      throw new ClosedLanguageError(`${node.type} is not Markdown or a component (expressions, import/export and HTML are code)`);
    }
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && !isAllowedUrl(node.url)) {
      throw new ClosedLanguageError(`${node.type} URL "${node.url.slice(0, 40)}" has a scheme that is not allowed`);
    }
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
}
