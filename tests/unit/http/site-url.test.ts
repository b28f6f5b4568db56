import { describe, expect, test } from "vitest";
import { parseSiteUrl, siteUrlOrLocal } from "@/lib/site-url.mjs";

describe("FIXPATH_SITE_URL", () => {
  test("is required: unset or blank is a problem naming the variable", () => {
    expect(parseSiteUrl(undefined).problem).toMatch(/FIXPATH_SITE_URL is not set/);
    expect(parseSiteUrl("  ").problem).toMatch(/FIXPATH_SITE_URL is not set/);
  });

  test("is an http(s) origin with an optional path, kept without a trailing slash", () => {
    expect(parseSiteUrl("https://help.example.com/")).toEqual({ url: "https://help.example.com" });
    expect(parseSiteUrl("https://example.com/help//")).toEqual({ url: "https://example.com/help" });
  });

  test("refuses what is not a usable public address", () => {
    for (const bad of ["help.example.com", "ftp://x.example", "javascript:alert(1)", "https://x.example/?a=1", "https://u:p@x.example"]) {
      expect(parseSiteUrl(bad).problem, bad).toBeDefined();
    }
  });

  test("falls back to localhost only where a build has not already refused (next dev)", () => {
    expect(siteUrlOrLocal(undefined)).toBe("http://localhost:3000");
    expect(siteUrlOrLocal("https://help.example.com")).toBe("https://help.example.com");
  });
});

describe("a production build", () => {
  test("stops with the problem when FIXPATH_SITE_URL is unset (every build with it set shows the other way)", async () => {
    const { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } = await import("next/constants.js");
    const saved = process.env.FIXPATH_SITE_URL;
    try {
      delete process.env.FIXPATH_SITE_URL;
      const { default: config } = await import("../../../next.config.mjs");
      expect(() => config(PHASE_PRODUCTION_BUILD)).toThrow(/Cannot build: FIXPATH_SITE_URL is not set/);
      // `next start` and `next dev` do not need it.
      expect(config(PHASE_PRODUCTION_SERVER)).toMatchObject({ poweredByHeader: false });
    } finally {
      if (saved === undefined) delete process.env.FIXPATH_SITE_URL;
      else process.env.FIXPATH_SITE_URL = saved;
    }
  });
});
