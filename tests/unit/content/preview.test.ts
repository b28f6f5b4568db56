import { describe, expect, test } from "vitest";
import { checkCatalog } from "@/lib/content/check";
import { createFileCache } from "@/lib/content/file-cache";
import { parseMdxFile } from "@/lib/content/parse";
import { createPreview } from "@/lib/content/preview";
import { formatProblem } from "@/lib/content/problem";
import type { SourceFile } from "@/lib/content/types";
import { fixture } from "./fixtures";

// The dev preview's incremental pipeline, with a parser that counts what it parses.
function counted() {
  const calls: string[] = [];
  const parse: typeof parseMdxFile = (file, source, edition) => {
    calls.push(`${edition}:${file}`);
    return parseMdxFile(file, source, edition);
  };
  return { calls, preview: createPreview({ parse }) };
}

/** The demo system with two scenarios: the valid fixture and a copy of it under another slug. */
function files(): SourceFile[] {
  const valid = fixture("valid");
  const twin = {
    path: "content/demo/other.mdx",
    source: valid.source.replace("title: Demo gateway down", "title: Demo relay down").replace("Demo gateway unreachable", "Demo relay refused the connection"),
  };
  return [fixture("_system"), valid, twin];
}

const edit = (list: SourceFile[], path: string, change: (source: string) => string) => list.map((f) => (f.path === path ? { ...f, source: change(f.source) } : f));
const titleOf = (r: { catalog: { scenarios: Array<{ id: string; title: string }> } }, id: string) => r.catalog.scenarios.find((s) => s.id === id)?.title;

describe("the dev preview's content pipeline", () => {
  test("parses each file once per edition, and an unchanged file is not parsed again after another file's edit", () => {
    const { calls, preview } = counted();
    const first = files();
    preview.update(first, "customer");
    expect([...calls].sort()).toEqual(first.flatMap((f) => [`agent:${f.path}`, `customer:${f.path}`]).sort());
    calls.length = 0;
    preview.update(edit(first, "content/demo/other.mdx", (s) => s.replace("Demo relay down", "Demo relay is down")), "customer");
    expect([...calls].sort()).toEqual(["agent:content/demo/other.mdx", "customer:content/demo/other.mdx"]);
    calls.length = 0;
    preview.update(edit(first, "content/demo/other.mdx", (s) => s.replace("Demo relay down", "Demo relay is down")), "agent");
    expect(calls).toEqual([]);
  });

  test("keeps each unchanged file's compiled body (the same object), so the page does not compile it again", () => {
    const { preview } = counted();
    const before = preview.update(files(), "customer").catalog.scenarios;
    const after = preview.update(edit(files(), "content/demo/other.mdx", (s) => s.replace("Demo relay down", "Demo relay is down")), "customer").catalog.scenarios;
    const body = (list: typeof before, id: string) => list.find((s) => s.id === id)?.body;
    expect(body(after, "demo/valid")).toBe(body(before, "demo/valid"));
    expect(body(after, "demo/other")).not.toBe(body(before, "demo/other"));
  });

  test("shows an edit to one file", () => {
    const { preview } = counted();
    preview.update(files(), "customer");
    const after = preview.update(edit(files(), "content/demo/valid.mdx", (s) => s.replace("title: Demo gateway down", "title: Demo gateway edited")), "customer");
    expect(titleOf(after, "demo/valid")).toBe("Demo gateway edited");
    expect(titleOf(after, "demo/other")).toBe("Demo relay down");
  });

  test("a broken edit keeps the file's last valid content and reports the problem with its file and line", () => {
    const { preview } = counted();
    preview.update(edit(files(), "content/demo/valid.mdx", (s) => s.replace("title: Demo gateway down", "title: Demo gateway last valid")), "customer");
    const broken = preview.update(edit(files(), "content/demo/valid.mdx", (s) => s.replace("</Steps>", "")), "customer");
    expect(titleOf(broken, "demo/valid")).toBe("Demo gateway last valid");
    const errors = broken.problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => [p.file, p.field])).toContainEqual(["content/demo/valid.mdx", "body"]);
    expect(errors.find((p) => p.field === "body")?.line).toBeGreaterThan(0);
    // What content:check would print for the same files.
    expect(broken.problems.map(formatProblem)).toEqual(
      checkCatalog(edit(files(), "content/demo/valid.mdx", (s) => s.replace("</Steps>", "")), "customer").problems.map(formatProblem),
    );
    const fixed = preview.update(files(), "customer");
    expect(titleOf(fixed, "demo/valid")).toBe("Demo gateway down");
    expect(fixed.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  test("a file broken from the start is left out, as content:check leaves it out", () => {
    const { preview } = counted();
    const result = preview.update([...files(), fixture("mdx-syntax")], "customer");
    expect(result.catalog.scenarios.map((s) => s.id)).not.toContain("demo/mdx-syntax");
    expect(result.problems.map((p) => p.file)).toContain("content/demo/mdx-syntax.mdx");
  });

  test("a deleted file disappears from the catalog and from the cache", () => {
    const cache = createFileCache();
    const preview = createPreview({ cache });
    preview.update(files(), "customer");
    const sizeBefore = cache.size;
    const after = preview.update(files().filter((f) => f.path !== "content/demo/other.mdx"), "customer");
    expect(after.catalog.scenarios.map((s) => s.id)).toEqual(["demo/valid"]);
    expect(cache.size).toBeLessThan(sizeBefore);
    // Nothing of the deleted file stays as "last valid" content either.
    const broken = preview.update(edit(files().filter((f) => f.path !== "content/demo/other.mdx"), "content/demo/valid.mdx", (s) => s.replace("</Steps>", "")), "customer");
    expect(broken.catalog.scenarios.map((s) => s.id)).not.toContain("demo/other");
  });

  test("the catalog-wide rules run on settle(), once, and their problems join the result", () => {
    const { preview } = counted();
    const list = edit(files(), "content/demo/valid.mdx", (s) => s.replace(/^signatures:\n/m, 'signatures:\n  - "the"\n'));
    const shown = preview.update(list, "customer");
    const full = checkCatalog(list, "customer").problems.map(formatProblem);
    const late = full.filter((line) => !shown.problems.map(formatProblem).includes(line));
    expect(late.some((line) => line.includes('"the" does not find this scenario first'))).toBe(true);
    expect(preview.lateDigest()).toBe("");
    expect(preview.settle()).toBe(true);
    expect(preview.settle()).toBe(false);
    expect(preview.result().problems.map(formatProblem).sort()).toEqual([...full].sort());
    expect(preview.lateDigest()).not.toBe("");
  });
});

describe("the file cache", () => {
  test("recomputes when the text changes and when the extra key changes, and evicts beyond its bound", () => {
    const cache = createFileCache(2);
    let runs = 0;
    const get = (source: string, key = "") => cache.get("k", { path: "a", source }, () => ++runs, key);
    expect([get("one"), get("one"), get("two"), get("two", "names")]).toEqual([1, 1, 2, 3]);
    cache.get("k", { path: "b", source: "x" }, () => 0);
    cache.get("k", { path: "c", source: "x" }, () => 0);
    expect(cache.size).toBe(2);
    expect(get("two", "names")).toBe(4);
  });
});
