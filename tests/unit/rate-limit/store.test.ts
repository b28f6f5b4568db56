import { afterAll, describe, expect, test } from "vitest";
import { failOpen } from "@/lib/rate-limit";
import { postgresLimiter } from "@/lib/rate-limit/store";

// The store tests need a real PostgreSQL: FIXPATH_TEST_DATABASE_URL (.ci/run starts one). In CI its
// absence is a failure, not a skip; locally they are skipped with a message saying how to run them.
const url = process.env.FIXPATH_TEST_DATABASE_URL;
const inCi = process.env.CI === "true";

if (!url && !inCi) {
  console.warn("tests/unit/rate-limit/store.test.ts: skipped: set FIXPATH_TEST_DATABASE_URL=postgres://... to run the PostgreSQL rate-limit tests");
}

describe.runIf(!url && inCi)("the PostgreSQL rate-limit store in CI", () => {
  test("has a database to test against", () => {
    expect(url, "CI=true but FIXPATH_TEST_DATABASE_URL is unset: .ci/run must start PostgreSQL and export it").toBeDefined();
  });
});

describe.runIf(Boolean(url))("the PostgreSQL rate-limit store", () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  const limiter = (limit: number) => {
    // Generous time bound: the first call creates the table.
    const l = postgresLimiter(url ?? "", limit, 60_000, 5_000);
    opened.push(l);
    return l;
  };
  afterAll(async () => {
    await Promise.all(opened.map((l) => l.close()));
  });
  const key = (name: string) => `${name}-${process.pid}-${Date.now()}-${Math.random()}`;

  test("counts a client's requests and refuses beyond the limit with a wait", async () => {
    const l = limiter(3);
    const k = key("a");
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await l.take(k));
    expect(decisions.map((d) => d.ok)).toEqual([true, true, true, false]);
    expect(decisions[2]).toMatchObject({ remaining: 0 });
    const refused = decisions[3];
    expect(refused?.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await l.take(key("other"))).ok).toBe(true);
  });

  test("shares one count between two instances (two pools), as behind a load balancer", async () => {
    const first = limiter(4);
    const second = limiter(4);
    const k = key("shared");
    const oks = [];
    for (let i = 0; i < 3; i++) oks.push((await first.take(k)).ok, (await second.take(k)).ok);
    // 6 requests against one allowance of 4.
    expect(oks.filter(Boolean)).toHaveLength(4);
  });

  test("a store that cannot be reached lets searches through, with one log line", async () => {
    const lines: string[] = [];
    const down = postgresLimiter("postgres://nobody@127.0.0.1:1/none", 1, 60_000, 2_000);
    opened.push(down);
    const l = failOpen(down, 1, (line) => lines.push(line));
    const started = Date.now();
    const decisions = [await l.take("x"), await l.take("x"), await l.take("x")];
    expect(decisions.every((d) => d.ok)).toBe(true);
    expect(lines).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});
