import { describe, expect, test } from "vitest";
import { embedHeaders } from "@/lib/embed/headers";
import { allowedParent, embedCsp, frameAncestors, isEmbedPath, parseEmbedOrigins } from "@/lib/embed/origins";
import { headersForPath } from "@/lib/embed/paths.mjs";

describe("FIXPATH_EMBED_ORIGINS", () => {
  test("exact origins are kept, normalised and deduplicated", () => {
    expect(parseEmbedOrigins(" https://help.example.com , http://127.0.0.1:3920,https://HELP.example.com/ ")).toEqual({
      origins: ["https://help.example.com", "http://127.0.0.1:3920"],
      rejected: [],
    });
  });

  test("anything wider or other than an exact origin is refused, not guessed at", () => {
    const bad = ["*", "https://*.example.com", "help.example.com", "https://help.example.com/path", "https://u:p@help.example.com", "javascript:alert(1)", "https://help.example.com?x=1", "ftp://help.example.com"];
    const parsed = parseEmbedOrigins(bad.join(","));
    expect(parsed.origins).toEqual([]);
    expect(parsed.rejected).toEqual(bad);
  });

  test("unset or empty means no one may frame /embed", () => {
    expect(parseEmbedOrigins(undefined).origins).toEqual([]);
    expect(frameAncestors([])).toBe("frame-ancestors 'none'");
  });
});

describe("the /embed CSP", () => {
  const base = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";

  test("replaces frame-ancestors and keeps every other directive", () => {
    expect(embedCsp(base, ["https://a.example", "https://b.example"])).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors https://a.example https://b.example",
    );
  });

  test("is only set on /embed and below", () => {
    expect(isEmbedPath("/embed")).toBe(true);
    expect(isEmbedPath("/embed/")).toBe(true);
    expect(isEmbedPath("/embed.js")).toBe(false);
    expect(isEmbedPath("/embedded")).toBe(false);
    expect(isEmbedPath("/")).toBe(false);
    expect(embedHeaders("/diagnose", "https://a.example", base)).toEqual([]);
    expect(embedHeaders("/embed", "https://a.example", base)).toEqual([["Content-Security-Policy", "default-src 'self'; script-src 'self'; frame-ancestors https://a.example"]]);
    expect(embedHeaders("/embed", "", base)).toEqual([["Content-Security-Policy", "default-src 'self'; script-src 'self'; frame-ancestors 'none'"]]);
  });
});

describe("the parent /embed posts to", () => {
  const origins = ["https://help.example.com"];
  test("is the claimed origin only when it is listed", () => {
    expect(allowedParent("https://help.example.com", origins)).toBe("https://help.example.com");
    expect(allowedParent("https://evil.example.com", origins)).toBeNull();
    expect(allowedParent("https://help.example.com.evil.example", origins)).toBeNull();
    expect(allowedParent("*", origins)).toBeNull();
    expect(allowedParent(undefined, origins)).toBeNull();
  });
});

describe("the site's headers on the widget's paths (server.mjs and next.config.mjs)", () => {
  const pairs: Array<[string, string]> = [
    ["Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"],
    ["X-Frame-Options", "DENY"],
    ["X-Content-Type-Options", "nosniff"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
  ];

  test("/embed loses only the framing headers (proxy.ts sets its CSP)", () => {
    expect(headersForPath("/embed", pairs)).toEqual([["X-Content-Type-Options", "nosniff"], ["Cross-Origin-Resource-Policy", "same-origin"]]);
    expect(headersForPath("/embed/x", pairs)).toEqual(headersForPath("/embed", pairs));
  });

  test("/embed.js may be loaded cross-origin and is never framed; other paths are untouched", () => {
    expect(headersForPath("/embed.js", pairs)).toEqual([...pairs.slice(0, 3), ["Cross-Origin-Resource-Policy", "cross-origin"]]);
    for (const path of ["/", "/embedded", "/diagnose", "/api/diagnose"]) expect(headersForPath(path, pairs)).toEqual(pairs);
  });
});
