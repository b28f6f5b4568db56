import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";

type Route = typeof import("@/app/api/diagnose/route");

/** The route module with its own limiter, made with FIXPATH_RATE_LIMIT set to `limit`. */
async function routeWithLimit(limit: string): Promise<Route> {
  vi.stubEnv("FIXPATH_RATE_LIMIT", limit);
  vi.resetModules();
  const route = await import("@/app/api/diagnose/route");
  vi.stubEnv("FIXPATH_RATE_LIMIT", undefined);
  return route;
}

// As `next start` runs it: the catalog is read once, not on every request as in development.
// The clock stands still (Date only; timers run): a limit of 3 a minute refills one request every
// 20 s, so a machine that stalled that long mid-test would have turned an expected 429 into a 200.
beforeAll(() => {
  vi.stubEnv("NODE_ENV", "production");
  vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 10, 27, 12) });
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/api/diagnose", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

/** A POST whose body arrives as a stream (Node needs duplex for that; the DOM types don't know it). */
function streamed(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  const init = { method: "POST", body, headers, duplex: "half" };
  return new Request("http://127.0.0.1/api/diagnose", init);
}

async function expectJsonError(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const { error } = z.strictObject({ error: z.string() }).parse(await response.json());
  expect(error).not.toMatch(/\n\s+at |node_modules|\.ts:\d/);
  return error;
}

describe("the diagnose route's rate limit", () => {
  let route: Route;
  beforeAll(async () => {
    route = await routeWithLimit("3");
  });

  test("answers 429 with Retry-After and a JSON error once a client is over its limit", async () => {
    const client = { "x-forwarded-for": "198.51.100.7, 10.0.0.1" };
    for (let i = 0; i < 3; i++) expect((await route.POST(post('{"text":"Dispatch is paused"}', client))).status).toBe(200);
    const refused = await route.POST(post('{"text":"Dispatch is paused"}', client));
    expect(await expectJsonError(refused, 429)).toMatch(/at most 3 a minute/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(20);
  });

  test("counts GET and POST against the same allowance, per client", async () => {
    const client = { "x-forwarded-for": "198.51.100.8" };
    const get = () => route.GET(new Request("http://127.0.0.1/api/diagnose?q=FAILED", { headers: client }));
    expect((await get()).status).toBe(200);
    expect((await route.POST(post('{"text":"FAILED"}', client))).status).toBe(200);
    expect((await get()).headers.get("x-ratelimit-remaining")).toBe("0");
    expect((await get()).status).toBe(429);
    expect((await route.GET(new Request("http://127.0.0.1/api/diagnose?q=FAILED", { headers: { "x-forwarded-for": "198.51.100.9" } }))).status).toBe(200);
  });
});

describe("the diagnose route's client, with no trusted proxy (the default)", () => {
  let route: Route;
  beforeAll(async () => {
    route = await routeWithLimit("2");
  });

  test("is the TCP peer (the last X-Forwarded-For entry, which server.mjs appends): forging the rest gains nothing", async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const forged = { "x-forwarded-for": `10.0.0.${i}, 192.0.2.${i}, 198.51.100.50` };
      statuses.push((await route.GET(new Request("http://127.0.0.1/api/diagnose?q=FAILED", { headers: forged }))).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429, 429]);
  });
});

describe("the diagnose route on bad input", () => {
  let route: Route;
  beforeAll(async () => {
    route = await routeWithLimit("100000");
  });

  test("answers 400 with a JSON error for bodies that are not the expected JSON", async () => {
    for (const body of ["", "not json", "[]", "null", '{"text": 5}', '{"text":"x","extra":1}', '{"text":"x","limit":"lots"}', "\u0000\ud800"]) {
      await expectJsonError(await route.POST(post(body)), 400);
    }
  });

  test("answers 413 for a declared body over the limit without reading it", async () => {
    const body = new ReadableStream<Uint8Array>({ pull: () => { throw new Error("the body was read"); } });
    await expectJsonError(await route.POST(streamed(body, { "content-length": String(10 * 1024 * 1024) })), 413);
  });

  test("answers 413 for a streamed body that turns out to be over the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    await expectJsonError(await route.POST(streamed(body)), 413);
    expect(sent).toBeLessThan(20);
  });

  test("answers 413 for text over 64 KB, and 400 for a GET without q or with a bad limit", async () => {
    await expectJsonError(await route.POST(post(JSON.stringify({ text: "é".repeat(40_000) }))), 413);
    await expectJsonError(await route.GET(new Request("http://127.0.0.1/api/diagnose")), 400);
    await expectJsonError(await route.GET(new Request("http://127.0.0.1/api/diagnose?q=x&limit=0")), 400);
  });

  test("answers hostile text with 200 and matches, not an error", async () => {
    const response = await route.POST(post(JSON.stringify({ text: '"><script>alert(1)</script>\u0000\u202e Max Record size Exceeded 😀' })));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ matches: expect.arrayContaining([expect.objectContaining({ url: expect.stringMatching(/^\/scenarios\//) })]) });
  });
});
