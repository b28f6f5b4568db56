// Plain JavaScript (typed by guard.d.mts), run by server.mjs before a request reaches Next.
import { MAX_REQUEST_BODY_BYTES } from "./headers.mjs";
import { peerIsTrusted } from "./client-address.mjs";

/**
 * What is wrong with a request before anything reads it, as { status, message }, or undefined.
 * Next answers some of these with 500 (an undecodable path throws in its router), and reads any body
 * whole before a route sees it, so they are refused here, without reading the body.
 */
/** Methods the app answers; Next answers TRACE (and other methods fetch's Request refuses) with 500. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export function requestProblem({ method, url, headers }) {
  if (!ALLOWED_METHODS.includes(method ?? "")) return { status: 405, message: "Method not allowed." };
  if (!url || !url.startsWith("/")) return { status: 400, message: "Bad request: the request target must be a path starting with /." };
  const path = url.split("?", 1)[0] ?? "";
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "Bad request: the address holds a malformed %-escape." };
  }
  const length = headers["content-length"];
  const chunked = /chunked/i.test(String(headers["transfer-encoding"] ?? ""));
  if (chunked && length === undefined && method !== "GET" && method !== "HEAD") {
    return { status: 411, message: "Length required: send the body with a Content-Length header." };
  }
  if (length !== undefined) {
    const n = Number(length);
    if (!Number.isSafeInteger(n) || n < 0) return { status: 400, message: "Bad request: Content-Length is not a number." };
    if (n > MAX_REQUEST_BODY_BYTES) {
      return { status: 413, message: `Request body too large: at most ${MAX_REQUEST_BODY_BYTES} bytes.` };
    }
  }
  return undefined;
}

/**
 * Whether the browser reached us over HTTPS: our own TLS socket, an `X-Forwarded-Proto: https`
 * from a peer FIXPATH_TRUSTED_PROXIES trusts, or a site URL that is https (then every public
 * address is https, and HSTS on a plain-http response is ignored by browsers anyway).
 */
export function servedOverHttps({ encrypted, forwardedProto, peer, trust, siteUrl }) {
  if (encrypted) return true;
  if (siteUrl?.startsWith("https://")) return true;
  const proto = String(forwardedProto ?? "").split(",")[0]?.trim().toLowerCase();
  return proto === "https" && peerIsTrusted(peer, trust);
}

/** The status and reason phrase server.mjs writes for an error Node's parser reports. */
export function clientErrorStatus(code) {
  if (code === "HPE_HEADER_OVERFLOW") return { status: 431, reason: "Request Header Fields Too Large" };
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return { status: 408, reason: "Request Timeout" };
  return { status: 400, reason: "Bad Request" };
}
