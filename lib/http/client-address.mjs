// Plain JavaScript (typed by client-address.d.mts): server.mjs runs it without a build step, and
// the app imports the same file, so the trust rule exists once.
import proxyaddr from "proxy-addr";

/*
 * Which address a request comes from, for rate limits and the agent password throttle.
 *
 * FIXPATH_TRUSTED_PROXIES says which hops of X-Forwarded-For to believe, with the semantics of
 * Express's `trust proxy` (the same library, proxy-addr):
 * - unset, empty, `0` or `none`: trust nobody; the client is the TCP peer (the default).
 * - a whole number N: N proxies stand in front of the app; the client is the address the Nth one saw.
 * - a comma-separated list of addresses, CIDRs or the names `loopback`, `linklocal`, `uniquelocal`:
 *   walking X-Forwarded-For from the right, the client is the first address not in the list.
 *
 * The peer address is the last entry of X-Forwarded-For: server.mjs appends the socket's address
 * to the header on every request (as nginx's `$proxy_add_x_forwarded_for` does).
 */

const MAX_KEY_LENGTH = 64;
const NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

export function parseTrustedProxies(value) {
  const v = value?.trim() ?? "";
  if (v === "" || v === "0" || v.toLowerCase() === "none") return { trust: { kind: "none" } };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops <= 32) return { trust: { kind: "hops", hops } };
  } else {
    const entries = v.split(",").map((e) => e.trim()).filter(Boolean).map((e) => (NAMES.has(e.toLowerCase()) ? e.toLowerCase() : e));
    try {
      // compile() throws on anything that is not an address, a CIDR or one of the names.
      proxyaddr.compile(entries);
      return { trust: { kind: "list", entries } };
    } catch {
      // fall through to the warning
    }
  }
  return {
    trust: { kind: "none" },
    warning: `FIXPATH_TRUSTED_PROXIES=${JSON.stringify(v.slice(0, 80))} is neither a number of proxies (0-32) nor a list of addresses/CIDRs; trusting no proxy (each client is its TCP peer address)`,
  };
}

function trustFunction(trust) {
  if (trust.kind === "none") return () => false;
  if (trust.kind === "hops") return (_address, hop) => hop < trust.hops;
  return proxyaddr.compile(trust.entries);
}

/** Whether the TCP peer is a proxy we trust (so its X-Forwarded-Proto may be believed). */
export function peerIsTrusted(peer, trust) {
  if (!peer) return false;
  return trustFunction(trust)(peer, 0);
}

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client. */
function canonical(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).slice(0, MAX_KEY_LENGTH);
}

/**
 * The client's address from an X-Forwarded-For header whose last entry is the TCP peer.
 * Without a header every request is one client, `unknown`.
 */
export function clientAddress(forwardedFor, trust) {
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const peer = hops.pop();
  if (peer === undefined) return "unknown";
  const request = { socket: { remoteAddress: peer }, headers: { "x-forwarded-for": hops.join(", ") } };
  return canonical(proxyaddr(request, trustFunction(trust)));
}
