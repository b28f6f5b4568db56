import { describe, expect, test } from "vitest";
import { rateLimitConfig } from "@/lib/rate-limit";

describe("the rate limit's configuration", () => {
  test("is 60 requests a minute when FIXPATH_RATE_LIMIT is unset or blank", () => {
    expect(rateLimitConfig(undefined)).toEqual({ limit: 60 });
    expect(rateLimitConfig("  ")).toEqual({ limit: 60 });
  });

  test("reads a whole number of requests per minute", () => {
    expect(rateLimitConfig("600")).toEqual({ limit: 600 });
    expect(rateLimitConfig(" 5 ")).toEqual({ limit: 5 });
  });

  test("falls back to 60 with a warning for a value it cannot use", () => {
    for (const bad of ["0", "-3", "1.5", "lots", "1e9"]) {
      const config = rateLimitConfig(bad);
      expect(config.limit).toBe(60);
      expect(config.warning).toMatch(/^FIXPATH_RATE_LIMIT=.* is not a whole number/);
    }
  });
});
