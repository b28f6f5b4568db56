import { describe, expect, test } from "vitest";
import { failOpen, memoryLimiter, type SearchLimiter } from "@/lib/rate-limit";

describe("the in-process search limiter", () => {
  test("counts per client with an injected clock", async () => {
    let now = 0;
    const limiter = memoryLimiter(2, 60_000, () => now);
    expect((await limiter.take("a")).ok).toBe(true);
    expect((await limiter.take("a")).ok).toBe(true);
    expect(await limiter.take("a")).toMatchObject({ ok: false, retryAfterSeconds: 30 });
    expect((await limiter.take("b")).ok).toBe(true);
    now = 30_000;
    expect((await limiter.take("a")).ok).toBe(true);
  });
});

describe("a store-backed limiter whose store fails", () => {
  const broken = (): SearchLimiter & { fail: boolean } => {
    const s = {
      kind: "postgres" as const,
      fail: true,
      take: async () => {
        if (s.fail) throw new Error("connect ECONNREFUSED 127.0.0.1:5440");
        return { ok: false as const, limit: 5, remaining: 0 as const, retryAfterSeconds: 9 };
      },
    };
    return s;
  };

  test("lets every request through and logs one line, not one per request", async () => {
    const lines: string[] = [];
    const store = broken();
    const limiter = failOpen(store, 5, (l) => lines.push(l));
    const decisions = await Promise.all(Array.from({ length: 20 }, () => limiter.take("a")));
    expect(decisions.every((d) => d.ok)).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/postgres store failed \(connect ECONNREFUSED.*let through/);
  });

  test("applies the store's answers again when it recovers, with one line saying so", async () => {
    const lines: string[] = [];
    const store = broken();
    const limiter = failOpen(store, 5, (l) => lines.push(l));
    await limiter.take("a");
    store.fail = false;
    expect(await limiter.take("a")).toMatchObject({ ok: false, retryAfterSeconds: 9 });
    await limiter.take("a");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/answers again/);
  });
});
