import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { diagnose, indexForCatalog } from "@/lib/match";
import { maskForUrl, MAX_URL_QUERY, urlQuery } from "@/lib/search/url-query";

describe("masking a paste before it goes into a link", () => {
  test.each([
    ["Invalid email or mobile for john.doe@example.com", "Invalid email or mobile for [email]"],
    ["SMS to +91 98765 43210 not delivered", "SMS to [phone] not delivered"],
    ["call (555) 123-4567 back", "call [phone] back"],
    ["Authorization: Bearer abcDEF123456ghiJKL failed", "Authorization: [token] failed"],
    ["token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln expired", "token [token] expired"],
    ["api_key=sk_live_abcdef123456 rejected", "[token] rejected"],
    ["batch 5f3c2a1b-1111-2222-3333-444455556666 failed", "batch [id] failed"],
    ["dispatch DSP20240314998877 failed", "dispatch [id] failed"],
  ])("%j → %j", (raw, masked) => expect(maskForUrl(raw)).toBe(masked));

  test.each([
    "we sent 25000 records in one dispatchRequest and got a 400 back",
    "2024-03-14T10:22:31.123Z ERROR Dispatch is paused",
    "HTTP 429 Too Many Requests, 4XX error",
    "Status: Not sent",
  ])("leaves %j as it is", (text) => expect(maskForUrl(text)).toBe(text));

  test("a paste too long for the link is kept in the tab, never in the URL", () => {
    expect(urlQuery("x ".repeat(MAX_URL_QUERY))).toEqual({ keep: "tab" });
    expect(urlQuery("  ")).toEqual({ keep: "none" });
    expect(urlQuery("mail me at a@b.co")).toEqual({ keep: "url", q: "mail me at [email]" });
  });

  test("the masked link finds the same best root cause as the paste for the labelled pastes that hold what is masked", () => {
    const index = indexForCatalog(loadCatalog(process.cwd(), "customer").catalog);
    const dir = join(process.cwd(), "tests/eval");
    let changed = 0;
    let masked = 0;
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean)) {
        const { text } = JSON.parse(line) as { text: string };
        const m = maskForUrl(text);
        if (m === text) continue;
        masked++;
        if (diagnose(index, m)[0]?.slug !== diagnose(index, text)[0]?.slug) changed++;
      }
    }
    expect(masked).toBeGreaterThan(10);
    expect(changed / masked).toBeLessThanOrEqual(0.05);
  });
});
