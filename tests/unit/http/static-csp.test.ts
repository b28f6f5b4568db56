import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/headers.mjs";
import { inlineScriptHashes, routeOfHtmlFile } from "@/lib/http/static-csp.mjs";

const sha = (s: string) => `sha256-${createHash("sha256").update(s, "utf8").digest("base64")}`;

describe("hashes of a prerendered page's inline scripts", () => {
  test("cover every inline script, as UTF-8, once each, and skip scripts with a src", () => {
    const a = 'self.__next_f.push([1,"é ✓"])';
    const b = "(self.__next_f=self.__next_f||[]).push([0])";
    const html = `<head><script src="/theme-init.js"></script><script id="_R_">${a}</script></head><body><script>${b}</script><SCRIPT async="">${a}</SCRIPT></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha(a), sha(b)]);
  });

  test("an empty inline script has a hash too (the browser checks it)", () => {
    expect(inlineScriptHashes("<script></script>")).toEqual([sha("")]);
  });

  test("replace 'unsafe-inline' in script-src, and only there", () => {
    const policy = contentSecurityPolicy(false, ["sha256-abc="]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy(false)).toMatch(/script-src 'self' 'unsafe-inline'/);
  });
});

describe("the route of a prerendered HTML file", () => {
  test("maps index to / and strips .html; Next's own _ pages are not routes", () => {
    expect(routeOfHtmlFile("index.html")).toBe("/");
    expect(routeOfHtmlFile("scenarios/wxm/dispatch-paused.html")).toBe("/scenarios/wxm/dispatch-paused");
    expect(routeOfHtmlFile("_not-found.html")).toBeUndefined();
    expect(routeOfHtmlFile("_global-error.html")).toBeUndefined();
  });
});
