import { describe, expect, test } from "vitest";
import { createAuthThrottle } from "@/lib/auth/throttle";

const minute = 60_000;
// 5 wrong passwords allowed, refilled at one a minute.
const make = () => createAuthThrottle({ maxFailures: 5, windowMs: 5 * minute });

describe("the agent password throttle", () => {
  test("lets a client get the password wrong a few times, then refuses it with a wait", () => {
    const t = make();
    const results = [1, 2, 3, 4].map(() => t.fail("attacker", 0));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(t.check("attacker", 0)).toEqual({ ok: true });
    expect(t.fail("attacker", 0)).toEqual({ ok: false, retryAfterSeconds: 60, throttledNow: true });
    expect(t.check("attacker", 0)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(t.check("attacker", 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
  });

  test("reports a throttle event once (one log line), not on every refused request", () => {
    const t = make();
    const events = Array.from({ length: 5 }, () => t.fail("attacker", 0)).filter((r) => r.throttledNow);
    expect(events).toHaveLength(1);
  });

  test("throttles one address only: another client is unaffected", () => {
    const t = make();
    for (let i = 0; i < 5; i++) t.fail("attacker", 0);
    expect(t.check("attacker", 0).ok).toBe(false);
    expect(t.check("agent", 0)).toEqual({ ok: true });
  });

  test("lets the client try again once Retry-After has passed, and throttles again on the next failure", () => {
    const t = make();
    for (let i = 0; i < 5; i++) t.fail("a", 0);
    expect(t.check("a", minute)).toEqual({ ok: true });
    const again = t.fail("a", minute);
    expect(again).toMatchObject({ ok: false, throttledNow: true });
  });

  test("forgets a client's failures after a right password", () => {
    const t = make();
    for (let i = 0; i < 4; i++) t.fail("a", 0);
    t.succeed("a");
    expect([1, 2, 3, 4].map(() => t.fail("a", 0).ok)).toEqual([true, true, true, true]);
  });

  test("remembers a bounded number of addresses, forgetting the least recently seen", () => {
    const t = createAuthThrottle({ maxFailures: 5, windowMs: 5 * minute, maxKeys: 3 });
    for (const k of ["a", "b", "c", "d"]) t.fail(k, 0);
    expect(t.size()).toBe(3);
  });

  test("a clock that steps back grants nothing", () => {
    const t = make();
    for (let i = 0; i < 5; i++) t.fail("a", 10 * minute);
    expect(t.check("a", 0).ok).toBe(false);
  });
});
