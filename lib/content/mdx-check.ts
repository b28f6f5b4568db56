import type { Nodes, Root } from "mdast";
import { editDistance } from "@/lib/match/typo";
import { ALLOWED_URL_SCHEMES, componentNames, componentRule } from "./components";
import { isJsx, type JsxElement } from "./mdx-tree";
import { problem, type Problem } from "./problem";

/** HTML elements that run or load things: named in the message so an author knows why. */
const ACTIVE_HTML = new Set(["script", "iframe", "style", "object", "embed", "meta", "link", "base", "form", "frame", "frameset", "applet", "svg", "math", "img", "video", "audio", "source", "input", "button", "textarea", "select"]);
const MARKDOWN_INSTEAD = "use Markdown (**bold**, [text](/path), lists, tables, ``` code blocks) or a documented component";
const LIST = componentNames.join(", ");

function nearest(name: string): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of componentNames) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase(), 3);
    if (d <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best?.name;
}

/** The scheme of a URL as a browser would read it (it ignores blanks and control characters). */
function scheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** True when a link or image URL has no scheme or an allowed one (see ALLOWED_URL_SCHEMES). */
export function isAllowedUrl(url: string): boolean {
  const s = scheme(url);
  return s === undefined || (ALLOWED_URL_SCHEMES as readonly string[]).includes(s);
}

function urlProblem(file: string, kind: string, url: string, line: number): Problem | undefined {
  if (isAllowedUrl(url)) return undefined;
  const s = scheme(url);
  const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
  const allowed = ALLOWED_URL_SCHEMES.map((x) => `${x}:`).join(", ");
  return problem(file, `${kind} URL`, `${s}: URLs are not allowed ("${shown}"): link to /path, #anchor or ${allowed} only`, "error", line);
}

function elementProblems(file: string, node: JsxElement, ancestors: Nodes[], line: number): Problem[] {
  const name = node.name;
  if (name === null) return [problem(file, "<> fragment", "fragments are not allowed: remove <> and </>", "error", line)];
  const rule = componentRule(name);
  if (!rule) {
    const guess = nearest(name);
    const tag = `<${name}>`;
    if (/^[a-z]/.test(name)) {
      const why = ACTIVE_HTML.has(name) ? "HTML elements that run or load things are never allowed" : "HTML elements are not allowed";
      const hint = guess && guess.toLowerCase() === name.toLowerCase() ? `did you mean <${guess}>? Components start with a capital letter` : `${MARKDOWN_INSTEAD}: ${LIST}`;
      return [problem(file, `${tag} element`, `${why}: ${hint}`, "error", line)];
    }
    const hint = guess ? `did you mean <${guess}>?` : `the components are ${LIST}`;
    return [problem(file, `${tag} component`, `unknown component: ${hint}`, "error", line)];
  }
  const out: Problem[] = [];
  const at = (what: string, message: string) => out.push(problem(file, `<${name}${what}>`, message, "error", line));
  const seen = new Set<string>();
  for (const a of node.attributes) {
    if (a.type === "mdxJsxExpressionAttribute") {
      at(" {…}", "spread attributes run code and are not allowed: write each attribute as name=\"text\"");
      continue;
    }
    seen.add(a.name);
    const allowed = Object.keys(rule.attributes);
    const takes = allowed.length ? `<${name}> takes ${allowed.join(", ")}` : `<${name}> takes no attributes`;
    if (/^on/i.test(a.name)) {
      at(` ${a.name}`, `event handlers run code and are not allowed: remove ${a.name}`);
      continue;
    }
    const attrRule = rule.attributes[a.name];
    if (!attrRule) {
      at(` ${a.name}`, `unknown attribute: ${takes}`);
      continue;
    }
    if (a.value !== null && typeof a.value === "object") {
      at(` ${a.name}={…}`, `attribute values are plain text in quotes, never code: write ${attrRule.example}`);
      continue;
    }
    const values = attrRule.list ? (a.value ?? "").split(/\s+/).filter(Boolean) : [a.value ?? ""];
    const bad = values.length === 0 ? "" : values.find((v) => attrRule.pattern && !attrRule.pattern.test(v));
    if (bad !== undefined) at(` ${a.name}`, `"${a.value ?? ""}" is not allowed here: write ${attrRule.example}`);
  }
  for (const [attrName, attrRule] of Object.entries(rule.attributes)) {
    if (attrRule.required && !seen.has(attrName)) at("", `needs ${attrName}: write <${name} ${attrRule.example}>`);
  }
  if (rule.placement === "block" && node.type === "mdxJsxTextElement") {
    at("", `must stand on its own lines, not inside a sentence: put a blank line before <${name}> and after </${name}>`);
  }
  if (rule.parents) {
    // <Internal> is transparent: an internal step inside <Steps> is still a step of that list.
    const parent = [...ancestors].reverse().find((a) => isJsx(a) && a.name !== "Internal") as JsxElement | undefined;
    if (!parent || !rule.parents.includes(parent.name ?? "")) {
      at("", `must be directly inside ${rule.parents.map((p) => `<${p}>`).join(" or ")}: ${rule.use}`);
    }
  }
  return out;
}

/**
 * Checks that a file uses only Markdown and the components of components.ts: no import/export, no
 * {expressions} (comments excepted), no HTML elements, no event handlers, no javascript: or data:
 * URLs. Every problem has the line and how to fix it.
 */
export function checkMdxTree(file: string, tree: Root): Problem[] {
  const out: Problem[] = [];
  const walk = (node: Nodes, ancestors: Nodes[]) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case "mdxjsEsm":
        out.push(problem(file, "import/export", "content cannot import or run code: delete this line and use the documented components (CONTRIBUTING.md, Components)", "error", line));
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        // A comment ({/* note to authors */}) is allowed: it has no code, and is removed before rendering.
        const body = (node.data?.estree?.body ?? [undefined]) as unknown[];
        if (body.length > 0) {
          const shown = node.value.trim().slice(0, 40);
          out.push(problem(file, `{${shown}${node.value.trim().length > 40 ? "…" : ""}} expression`, "content cannot run code: write the text itself (to show a brace, write \\{ )", "error", line));
        }
        return;
      }
      case "link":
      case "image":
      case "definition": {
        const p = urlProblem(file, node.type, node.url, line);
        if (p) out.push(p);
        break;
      }
      default:
        if (isJsx(node)) out.push(...elementProblems(file, node, ancestors, line));
    }
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child, [...ancestors, node]);
  };
  walk(tree, []);
  return out;
}
