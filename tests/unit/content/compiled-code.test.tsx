import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleMDX } from "mdx-bundler";
import type { ComponentType } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { mdxComponents } from "@/components/mdx";
import { hasErrors } from "@/lib/content/check";
import { checkContent } from "@/lib/content/load";
import { compileBody, compileCatalog } from "@/lib/content/mdx-compile";
import { ClosedLanguageError } from "@/lib/content/mdx-guard";
import { parseTree } from "@/lib/content/mdx-tree";
import { analyseCode, FORBIDDEN_NAMES } from "./free-identifiers";

/**
 * What a compiled body may take from outside itself: the JSX runtime mdx-bundler passes in, and the
 * two built-ins esbuild's module wrapper and MDX's missing-component error use. Components come in
 * as props, never as free names.
 */
const ALLOWED_FREE = new Set(["_jsx_runtime", "Object", "Error"]);
const provided: Record<string, unknown> = { _jsx_runtime: jsxRuntime, Object, Error };

/**
 * Runs a compiled body as getMDXComponent would, but with a Proxy as its whole scope, and renders
 * it: every name the program looks up outside itself while it is defined and rendered is recorded.
 */
function runRecorded(code: string): { html: string; lookups: Set<string> } {
  const lookups = new Set<string>();
  const scope = new Proxy(
    {},
    {
      has: (_t, key) => typeof key === "string",
      get: (_t, key) => {
        if (typeof key !== "string") return undefined;
        lookups.add(key);
        return Object.hasOwn(provided, key) ? provided[key] : undefined;
      },
    },
  );
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test's own sandbox around the code under test
  const run = new Function("scope", `with (scope) { return (function () {\n${code}\n})(); }`) as (s: object) => { default: ComponentType<{ components: object }> };
  const Body = run(scope).default;
  return { html: renderToStaticMarkup(<Body components={mdxComponents} />), lookups };
}

/** Text of rendered HTML, blanks and entities aside. */
const squash = (t: string) => t.replace(/<[^>]+>/g, "").replace(/&[a-z#0-9]+;|[&<>"'\s]/g, "");
const outside = (names: Iterable<string>) => [...names].filter((n) => !ALLOWED_FREE.has(n)).sort();

describe("compiled bodies reach nothing but the JSX runtime", () => {
  for (const edition of ["customer", "agent"] as const) {
    test(`every real ${edition} body`, async () => {
      const { catalog, problems } = checkContent(process.cwd(), edition);
      expect(hasErrors(problems)).toBe(false);
      const compiled = await compileCatalog(catalog);
      const bodies = [...compiled.systems, ...compiled.scenarios];
      expect(bodies.length).toBe(catalog.systems.length + catalog.scenarios.length);
      for (const item of bodies) {
        const code = item.code!;
        const report = analyseCode(code);
        expect(outside(report.free), item.file).toEqual([]);
        expect([...report.named].filter((n) => FORBIDDEN_NAMES.has(n)), item.file).toEqual([]);
        expect(report.dynamicImports, item.file).toBe(0);
        const { html, lookups } = runRecorded(code);
        expect(outside(lookups), item.file).toEqual([]);
        // The program really rendered the body: its first words are in the HTML (blanks and entities aside).
        expect(squash(html), item.file).toContain(squash(item.text.split(" ").slice(0, 4).join(" ")));
      }
      // A system page renders its overview as two programs (lead paragraph, rest): the same checks on each.
      for (const system of compiled.systems) {
        const parts = [system.leadCode!, system.restCode!].map((code) => {
          const report = analyseCode(code);
          expect(outside(report.free), system.file).toEqual([]);
          expect([...report.named].filter((n) => FORBIDDEN_NAMES.has(n)), system.file).toEqual([]);
          expect(report.dynamicImports, system.file).toBe(0);
          const { html, lookups } = runRecorded(code);
          expect(outside(lookups), system.file).toEqual([]);
          return squash(html);
        });
        expect(parts.join(""), system.file).toBe(squash(runRecorded(system.code!).html));
      }
    }, 300_000);
  }

  test("the checks fail on code compiled without the validator (bundleMDX straight from hostile MDX)", async () => {
    const hostile = "Leak {process.env.FIXPATH_LEAK_PROBE} {globalThis.x} {Function('return this')()} {import(name)}\n";
    const { code } = await bundleMDX({ source: hostile });
    const report = analyseCode(code);
    expect(outside(report.free)).toEqual(expect.arrayContaining(["Function", "globalThis", "name", "process"]));
    expect([...report.named].filter((n) => FORBIDDEN_NAMES.has(n)).sort()).toEqual(["Function", "globalThis", "process"]);
    expect(report.dynamicImports).toBeGreaterThan(0);

    const probe = await bundleMDX({ source: "Probe {typeof process} {typeof require}\n" });
    const run = runRecorded(probe.code);
    expect(outside(run.lookups)).toEqual(expect.arrayContaining(["process", "require"]));
    expect(run.html).toContain("Probe undefined");
  });
});

describe("compileBody refuses a tree that skipped the validator", () => {
  const dir = join(process.cwd(), "tests/fixtures/content/rejected");
  // The fixtures that put code, HTML or a bad URL in a body (the rest break layout rules, not the language).
  const codeLike = readdirSync(dir).filter((f) => /^(attribute|component|element|event|export|expression|fragment|import|url|unknown-attribute)/.test(f));

  test("there are such fixtures", () => expect(codeLike.length).toBeGreaterThan(10));

  for (const name of codeLike) {
    test(name, async () => {
      const tree = parseTree(readFileSync(join(dir, name), "utf8"));
      tree.children = tree.children.filter((n) => n.type !== "yaml");
      const error = await compileBody(tree).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(String(error)).toMatch(new RegExp(ClosedLanguageError.name));
    });
  }
});
