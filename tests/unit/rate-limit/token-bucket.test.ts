import { describe, expect, test } from "vitest";
import { createRateLimiter } from "@/lib/rate-limit";

const minute = 60_000;

describe("the token-bucket rate limiter", () => {
  test("lets a client make its whole allowance at once, then refuses the next request", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: minute });
    expect([1, 2, 3].map(() => limiter.take("a", 0).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", 0)).toEqual({ ok: false, limit: 3, remaining: 0, retryAfterSeconds: 20 });
  });

  test("counts down what remains", () => {
    const limiter = createRateLimiter({ limit: 60, windowMs: minute });
    expect(limiter.take("a", 0)).toEqual({ ok: true, limit: 60, remaining: 59 });
    expect(limiter.take("a", 0)).toEqual({ ok: true, limit: 60, remaining: 58 });
  });

  test("says in Retry-After how long until one request refills, rounded up to a second", () => {
    const limiter = createRateLimiter({ limit: 60, windowMs: minute });
    for (let i = 0; i < 60; i++) limiter.take("a", 0);
    expect(limiter.take("a", 0)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("a", 400)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("a", 1000).ok).toBe(true);
  });

  test("allows a request again after the time Retry-After gave", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: minute });
    limiter.take("a", 0);
    limiter.take("a", 0);
    const refused = limiter.take("a", 5_000);
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: 25 });
    expect(limiter.take("a", 29_000).ok).toBe(false);
    expect(limiter.take("a", 30_000).ok).toBe(true);
  });

  test("never lets more than limit + refill through in a window, however requests are spread", () => {
    const limiter = createRateLimiter({ limit: 10, windowMs: minute });
    let allowed = 0;
    for (let t = 0; t < minute; t += 100) if (limiter.take("a", t).ok) allowed++;
    // 10 at once, plus one every 6 s for the rest of the minute.
    expect(allowed).toBe(10 + 9);
  });

  test("keeps clients apart", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: minute });
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0).ok).toBe(false);
    expect(limiter.take("b", 0).ok).toBe(true);
  });

  test("refills nothing, and does not throw, when the clock steps back", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: minute });
    limiter.take("a", 10_000);
    expect(limiter.take("a", 0).ok).toBe(false);
    expect(limiter.take("a", 69_999).ok).toBe(false);
    expect(limiter.take("a", 70_000).ok).toBe(true);
  });

  test("remembers at most maxKeys clients, forgetting the least recently seen", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: minute, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("a", 1); // a refused, but now the most recently seen
    limiter.take("c", 2); // forgets b
    expect(limiter.size()).toBe(2);
    expect(limiter.take("a", 3).ok).toBe(false);
    expect(limiter.take("b", 3).ok).toBe(true);
  });

  test("refuses a limit that is not a positive whole number", () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: minute })).toThrow(/at least 1/);
    expect(() => createRateLimiter({ limit: 1.5, windowMs: minute })).toThrow(/whole number/);
    expect(() => createRateLimiter({ limit: 1, windowMs: 0 })).toThrow(/window/);
  });
});
