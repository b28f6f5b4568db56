import { describe, expect, test } from "vitest";
import { checkInsights, isInsightsPath } from "@/lib/auth/insights";

const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

describe("the insights password", () => {
  test("without FIXPATH_INSIGHTS_PASSWORD the reports are locked (503) whatever is sent", () => {
    expect(checkInsights(basic("docs", "anything"), undefined)).toMatchObject({ ok: false, status: 503 });
    expect(checkInsights(basic("docs", ""), "")).toMatchObject({ ok: false, status: 503 });
  });
  test("the right password with any user name opens them; a wrong or missing one is 401", () => {
    expect(checkInsights(basic("anyone", "long-s3cret:with:colons"), "long-s3cret:with:colons")).toEqual({ ok: true });
    expect(checkInsights(basic("docs", "a-long-s3cret"), "a-long-s3cret!")).toMatchObject({ ok: false, status: 401 });
    expect(checkInsights(null, "a-long-s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkInsights("Bearer a-long-s3cret", "a-long-s3cret")).toMatchObject({ ok: false, status: 401 });
  });
  test("a password under 12 characters or only spaces keeps the reports locked (503), even when sent", () => {
    expect(checkInsights(basic("docs", "s3cret"), "s3cret")).toMatchObject({ ok: false, status: 503, message: expect.stringContaining("needs at least 12") });
    expect(checkInsights(basic("docs", "            "), "            ")).toMatchObject({ ok: false, status: 503, message: expect.stringContaining("only whitespace") });
  });
  test("only the reports' paths are guarded", () => {
    expect(["/insights", "/insights/x", "/api/insights/unmatched"].every(isInsightsPath)).toBe(true);
    expect(["/", "/insightsful", "/api/feedback", "/api/events", "/search"].some(isInsightsPath)).toBe(false);
  });
});
