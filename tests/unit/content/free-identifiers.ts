import { parse } from "acorn";
import type { Node, Pattern } from "estree";

type AnyNode = Node & Record<string, unknown>;

/** Names a program must never mention, bound or free: they reach the environment or make code from text. */
export const FORBIDDEN_NAMES = new Set(["process", "require", "module", "globalThis", "global", "window", "self", "Function", "eval", "Reflect", "Proxy", "WebAssembly", "fetch", "XMLHttpRequest", "importScripts"]);

function patternNames(p: Pattern | null | undefined, out: Set<string>): void {
  if (!p) return;
  if (p.type === "Identifier") out.add(p.name);
  else if (p.type === "ObjectPattern") for (const prop of p.properties) patternNames(prop.type === "RestElement" ? prop.argument : prop.value, out);
  else if (p.type === "ArrayPattern") for (const el of p.elements) patternNames(el, out);
  else if (p.type === "AssignmentPattern") patternNames(p.left, out);
  else if (p.type === "RestElement") patternNames(p.argument, out);
}

function children(node: AnyNode): Array<[string, AnyNode]> {
  const out: Array<[string, AnyNode]> = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key === "range") continue;
    const list = Array.isArray(value) ? value : [value];
    for (const v of list) if (v && typeof v === "object" && typeof (v as { type?: unknown }).type === "string") out.push([key, v as AnyNode]);
  }
  return out;
}

export interface CodeReport {
  /** Identifiers read that no declaration in the program binds: what the program takes from its scope. */
  free: Set<string>;
  /** Every identifier named anywhere (bound or free, not property names). */
  named: Set<string>;
  /** import(...) or import.meta: ways to load code that are not identifiers. */
  dynamicImports: number;
}

/**
 * Parses a compiled body (mdx-bundler's function body: it ends in `return Component;`) with acorn
 * and reports the names it takes from outside. A name declared anywhere in the program counts as
 * bound everywhere, so `free` can only under-report; that is why FORBIDDEN_NAMES is checked against
 * every name, bound or not.
 */
export function analyseCode(code: string): CodeReport {
  const program = parse(`(function () {\n${code}\n})`, { ecmaVersion: "latest" }) as unknown as AnyNode;
  const declared = new Set<string>();
  const refs: string[] = [];
  let dynamicImports = 0;
  const walk = (node: AnyNode, parent: AnyNode | undefined, key: string) => {
    switch (node.type) {
      case "VariableDeclarator":
        patternNames(node.id as Pattern, declared);
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "ClassDeclaration":
      case "ClassExpression":
        if (node.id) declared.add((node.id as { name: string }).name);
        for (const p of (node.params as Pattern[] | undefined) ?? []) patternNames(p, declared);
        break;
      case "CatchClause":
        patternNames(node.param as Pattern, declared);
        break;
      case "ImportExpression":
      case "MetaProperty":
        dynamicImports++;
        break;
      case "Identifier": {
        const isPropertyName =
          (parent?.type === "MemberExpression" && key === "property" && !parent.computed) ||
          ((parent?.type === "Property" || parent?.type === "MethodDefinition" || parent?.type === "PropertyDefinition") && key === "key" && !parent.computed) ||
          ((parent?.type === "LabeledStatement" || parent?.type === "BreakStatement" || parent?.type === "ContinueStatement") && key === "label");
        if (!isPropertyName) refs.push(node.name as string);
        break;
      }
    }
    for (const [childKey, child] of children(node)) walk(child, node, childKey);
  };
  walk(program, undefined, "");
  return { free: new Set(refs.filter((n) => !declared.has(n))), named: new Set([...refs, ...declared]), dynamicImports };
}
