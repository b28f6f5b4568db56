import { describe, expect, test } from "vitest";
import { parseTrustedProxies } from "@/lib/http/client-address.mjs";
import { clientErrorStatus, requestProblem, servedOverHttps } from "@/lib/http/guard.mjs";
import { contentSecurityPolicy, MAX_REQUEST_BODY_BYTES, securityHeaders } from "@/lib/http/headers.mjs";
import { MAX_BODY_BYTES } from "@/lib/match/api";

const get = (url: string, headers: Record<string, string> = {}) => requestProblem({ method: "GET", url, headers });
const post = (headers: Record<string, string>) => requestProblem({ method: "POST", url: "/api/diagnose", headers });

describe("requests refused before they reach Next", () => {
  test("a target that is not a path is 400 (GET *, absolute-form, empty)", () => {
    for (const url of ["*", "http://evil.example/", "", "?q=1"]) expect(get(url)?.status, url).toBe(400);
  });

  test("a path with a malformed %-escape is 400", () => {
    for (const url of ["/scenarios/wxm/%ff", "/%", "/search/%E0%A4%A", "/a%zz"]) expect(get(url)?.status, url).toBe(400);
  });

  test("ordinary paths pass, including escaped UTF-8 and a malformed query (the page decodes it leniently)", () => {
    for (const url of ["/", "/scenarios/wxm/dispatch-paused", "/search?q=%ff", "/search?q=caf%C3%A9", "/x%20y"]) expect(get(url), url).toBeUndefined();
  });

  test("a declared body over the limit is 413, unread", () => {
    expect(post({ "content-length": String(MAX_REQUEST_BODY_BYTES + 1) })?.status).toBe(413);
    expect(post({ "content-length": "50000000" })?.status).toBe(413);
    expect(post({ "content-length": String(MAX_REQUEST_BODY_BYTES) })).toBeUndefined();
  });

  test("a body without a length (chunked) is 411, so nothing is read before we know its size", () => {
    expect(post({ "transfer-encoding": "chunked" })?.status).toBe(411);
  });

  test("a Content-Length that is not a number is 400", () => {
    expect(post({ "content-length": "abc" })?.status).toBe(400);
    expect(post({ "content-length": "-1" })?.status).toBe(400);
  });

  test("the limit is the API's own body limit", () => {
    expect(MAX_REQUEST_BODY_BYTES).toBe(MAX_BODY_BYTES);
  });
});

describe("HTTPS detection for HSTS", () => {
  const none = parseTrustedProxies(undefined).trust;
  const loopback = parseTrustedProxies("loopback").trust;
  const base = { encrypted: false, forwardedProto: undefined, peer: "127.0.0.1", trust: none, siteUrl: undefined };

  test("is true on a TLS socket or when the site URL is https", () => {
    expect(servedOverHttps({ ...base, encrypted: true })).toBe(true);
    expect(servedOverHttps({ ...base, siteUrl: "https://help.example.com" })).toBe(true);
    expect(servedOverHttps({ ...base, siteUrl: "http://localhost:3000" })).toBe(false);
  });

  test("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(servedOverHttps({ ...base, forwardedProto: "https" })).toBe(false);
    expect(servedOverHttps({ ...base, forwardedProto: "https", trust: loopback })).toBe(true);
    expect(servedOverHttps({ ...base, forwardedProto: "https", trust: loopback, peer: "192.0.2.1" })).toBe(false);
    expect(servedOverHttps({ ...base, forwardedProto: "http", trust: loopback })).toBe(false);
  });
});

describe("the security headers", () => {
  test("include HSTS only over HTTPS", () => {
    const names = (https: boolean) => securityHeaders({ https }).map(([k]) => k);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
  });

  test("allow eval only in development, and never let the site be framed or load plugins", () => {
    expect(contentSecurityPolicy(false)).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy(true)).toContain("unsafe-eval");
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'"]) expect(contentSecurityPolicy()).toContain(d);
  });
});

describe("errors Node's parser reports", () => {
  test("map to 431, 408 or 400", () => {
    expect(clientErrorStatus("HPE_HEADER_OVERFLOW").status).toBe(431);
    expect(clientErrorStatus("ERR_HTTP_REQUEST_TIMEOUT").status).toBe(408);
    expect(clientErrorStatus("HPE_INVALID_METHOD").status).toBe(400);
    expect(clientErrorStatus(undefined).status).toBe(400);
  });
});

describe("methods", () => {
  test("TRACE, CONNECT and unknown methods are 405 (Next answers TRACE with 500)", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "FOO"]) expect(requestProblem({ method, url: "/", headers: {} })?.status, method).toBe(405);
  });

  test("the methods routes use pass", () => {
    for (const method of ["GET", "HEAD", "POST", "OPTIONS"]) expect(requestProblem({ method, url: "/", headers: {} }), method).toBeUndefined();
  });
});
