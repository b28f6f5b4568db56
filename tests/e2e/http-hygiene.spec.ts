import { expect, test } from "@playwright/test";
import { limitPort, port } from "../../playwright.config";
import { MAX_REQUEST_BODY_BYTES } from "../../lib/http/headers.mjs";
import { rawRequest } from "./raw-http";

// What every answer must carry, whoever wrote it (Next or server.mjs).
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
}

test.describe("malformed requests answer 4xx with the security headers, never 500", () => {
  const cases: Array<{ name: string; head: string; status: number }> = [
    { name: "GET *", head: "GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", status: 400 },
    { name: "an undecodable path", head: "GET /scenarios/wxm/%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", status: 400 },
    { name: "an absolute-form target", head: "GET http://evil.example/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", status: 400 },
    { name: "TRACE", head: "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", status: 405 },
    { name: "CONNECT", head: "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", status: 405 },
    { name: "a request line that is not HTTP", head: "HELLO\r\n\r\n", status: 400 },
    { name: "headers over 16 KB", head: `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, status: 431 },
    { name: "a chunked body (no length)", head: "POST /api/diagnose HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n", status: 411 },
  ];
  for (const { name, head, status } of cases) {
    test(`${name}: ${status}`, async () => {
      const answer = await rawRequest(port, head);
      expect(answer.status).toBe(status);
      expectSecurityHeaders(answer.headers, name);
    });
  }

  test("Next's own 404 and 308 answers carry them too", async ({ request }) => {
    const missing = await request.get("/no-such-page");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing.headers(), "404");
    const redirect = await request.get("/systems/wxm/", { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expectSecurityHeaders(redirect.headers(), "308");
    const doubled = await rawRequest(port, "GET //scenarios HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(doubled.status).toBe(308);
    expectSecurityHeaders(doubled.headers, "308 //");
  });
});

test.describe("request bodies", () => {
  test("a body declared at 50 MB is refused with 413 at once, before any of it is sent", async () => {
    const answer = await rawRequest(port, "POST /api/diagnose HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n");
    expect(answer.status).toBe(413);
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(5_000);
    expectSecurityHeaders(answer.headers, "413");
    // The API's errors stay JSON, whoever writes them.
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(answer.body)).toEqual({ error: expect.stringContaining(`at most ${MAX_REQUEST_BODY_BYTES} bytes`) });
  });

  test("a 50 MB body sent anyway is not read: the server closes the connection long before it has all of it", async () => {
    const total = 50 * 1024 * 1024;
    const answer = await rawRequest(port, `POST /api/diagnose HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`, { streamBytes: total });
    expect(answer.closed).toBe(true);
    // Only what fits in the kernel's socket buffers got out before the close, not the 50 MB.
    expect(answer.sent).toBeLessThan(total / 4);
    // The answer usually arrives; a client still writing may see the close (a reset) first.
    expect([413, 0]).toContain(answer.status);
  });

  test("a body trickled one byte a second is answered 408 after about 10 s", async () => {
    test.setTimeout(40_000);
    const answer = await rawRequest(port, "POST /api/diagnose HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{", {
      trickleEveryMs: 1000,
    });
    expect(answer.status).toBe(408);
    expect(answer.ms).toBeGreaterThanOrEqual(9_000);
    expect(answer.ms).toBeLessThan(20_000);
    expectSecurityHeaders(answer.headers, "408");
  });

  test("a body shorter than its Content-Length is answered 408, not left hanging", async () => {
    test.setTimeout(40_000);
    const answer = await rawRequest(port, 'POST /api/diagnose HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":"x"}');
    expect(answer.status).toBe(408);
    expect(answer.ms).toBeLessThan(20_000);
  });
});

test.describe("HSTS", () => {
  test("is sent when a trusted proxy says the request came over HTTPS", async ({ playwright }) => {
    // The limit server trusts the loopback proxy (playwright.config.ts).
    const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${limitPort}` });
    const viaHttps = await api.get("/robots.txt", { headers: { "x-forwarded-proto": "https" } });
    expect(viaHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
    const missing = await api.get("/no-such-page", { headers: { "x-forwarded-proto": "https" } });
    expect(missing.headers()["strict-transport-security"]).toMatch(/max-age=/);
    expect((await api.get("/robots.txt")).headers()["strict-transport-security"]).toBeUndefined();
    await api.dispose();
  });

  test("is not sent when an untrusted client merely claims HTTPS", async ({ request }) => {
    const response = await request.get("/robots.txt", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });
});

test("canonical links and the sitemap point at the build's FIXPATH_SITE_URL, which the build required", async ({ page, request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const origins = new Set([...xml.matchAll(/<loc>(https?:\/\/[^/<]+)/g)].map((m) => m[1]));
  expect(origins.size).toBe(1);
  await page.goto("/");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(new URL(canonical ?? "").origin).toBe([...origins][0]);
});
