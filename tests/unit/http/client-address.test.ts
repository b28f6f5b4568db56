import { describe, expect, test } from "vitest";
import { clientAddress, parseTrustedProxies, peerIsTrusted } from "@/lib/http/client-address.mjs";

const none = parseTrustedProxies(undefined).trust;

describe("FIXPATH_TRUSTED_PROXIES", () => {
  test("trusts nobody when unset, empty, 0 or none", () => {
    for (const v of [undefined, "", "  ", "0", "none", "NONE"]) expect(parseTrustedProxies(v)).toEqual({ trust: { kind: "none" } });
  });

  test("reads a number of proxy hops", () => {
    expect(parseTrustedProxies("2")).toEqual({ trust: { kind: "hops", hops: 2 } });
  });

  test("reads a list of addresses, CIDRs and named ranges", () => {
    expect(parseTrustedProxies("10.0.0.0/8, 2001:db8::/32, Loopback ,192.0.2.7")).toEqual({
      trust: { kind: "list", entries: ["10.0.0.0/8", "2001:db8::/32", "loopback", "192.0.2.7"] },
    });
  });

  test("falls back to trusting nobody, with a warning, for a value it cannot use", () => {
    for (const bad of ["yes", "10.0.0.0/99", "300.1.1.1", "-1", "1000", "proxy.example.com"]) {
      const config = parseTrustedProxies(bad);
      expect(config.trust, bad).toEqual({ kind: "none" });
      expect(config.warning, bad).toMatch(/^FIXPATH_TRUSTED_PROXIES=.* trusting no proxy/);
    }
  });
});

describe("the client a request counts against", () => {
  test("is the TCP peer by default, whatever X-Forwarded-For says", () => {
    // server.mjs appends the peer (here 198.51.100.9) to whatever the client sent.
    expect(clientAddress("203.0.113.1, 198.51.100.9", none)).toBe("198.51.100.9");
    expect(clientAddress("1.1.1.1, 2.2.2.2, 198.51.100.9", none)).toBe("198.51.100.9");
    expect(clientAddress("198.51.100.9", none)).toBe("198.51.100.9");
  });

  test("rotating a forged X-Forwarded-For does not make a new client by default", () => {
    const keys = new Set(Array.from({ length: 50 }, (_, i) => clientAddress(`10.9.${i}.1, 198.51.100.9`, none)));
    expect([...keys]).toEqual(["198.51.100.9"]);
  });

  test("with N trusted hops, is the address the outermost trusted proxy saw", () => {
    const one = parseTrustedProxies("1").trust;
    const two = parseTrustedProxies("2").trust;
    // forged, real client, proxy 2, proxy 1 (the peer)
    const header = "6.6.6.6, 203.0.113.5, 10.0.0.2, 10.0.0.1";
    expect(clientAddress(header, one)).toBe("10.0.0.2");
    expect(clientAddress(header, two)).toBe("203.0.113.5");
    // Fewer hops than trusted: the leftmost address.
    expect(clientAddress("10.0.0.1", two)).toBe("10.0.0.1");
  });

  test("with a list, is the first address from the right that is not a trusted proxy", () => {
    const list = parseTrustedProxies("10.0.0.0/8, loopback").trust;
    expect(clientAddress("6.6.6.6, 203.0.113.5, 10.1.2.3, 127.0.0.1", list)).toBe("203.0.113.5");
    // An untrusted peer: its own header is not believed.
    expect(clientAddress("6.6.6.6, 198.51.100.9", list)).toBe("198.51.100.9");
  });

  test("is one key for an IPv4 address and its IPv6-mapped form", () => {
    expect(clientAddress("::ffff:192.0.2.1", none)).toBe(clientAddress("192.0.2.1", none));
  });

  test("is capped in length, so a forged header cannot make the limiter hold long strings", () => {
    const trustAll = parseTrustedProxies("1").trust;
    expect(clientAddress(`${"x".repeat(10_000)}, 127.0.0.1`, trustAll)).toHaveLength(64);
  });

  test("is the one client unknown without any address", () => {
    expect(clientAddress(null, none)).toBe("unknown");
    expect(clientAddress(" , ", none)).toBe("unknown");
  });
});

describe("a trusted peer", () => {
  test("is none by default, and the listed or counted proxies otherwise", () => {
    expect(peerIsTrusted("127.0.0.1", none)).toBe(false);
    expect(peerIsTrusted("127.0.0.1", parseTrustedProxies("loopback").trust)).toBe(true);
    expect(peerIsTrusted("192.0.2.1", parseTrustedProxies("loopback").trust)).toBe(false);
    expect(peerIsTrusted("192.0.2.1", parseTrustedProxies("1").trust)).toBe(true);
    expect(peerIsTrusted(undefined, parseTrustedProxies("1").trust)).toBe(false);
  });
});
