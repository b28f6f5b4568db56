// The production server: `node server.mjs [-p PORT] [-H HOST]` (npm run serve). It wraps Next's
// request handler in Node's own HTTP server for what `next start` cannot do (docs/security.md):
// - the client's TCP address: appended to X-Forwarded-For, which the app reads with
//   FIXPATH_TRUSTED_PROXIES (`next start` keeps a client-sent header and drops the socket address);
// - security headers on every response, including the 400/408/411/413/431 answered here and the
//   404/308/500 Next renders; HSTS when the request came over HTTPS;
// - malformed request targets (`GET *`, `/%ff`) answered 400 instead of Next's 500;
// - bodies: a Content-Length over 384 KB is refused unread, a body without one is refused (411),
//   and a request that has not fully arrived within 10 s is answered 408 (Node's requestTimeout).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseTrustedProxies } from "./lib/http/client-address.mjs";
import { ALLOWED_METHODS, clientErrorStatus, requestProblem, servedOverHttps } from "./lib/http/guard.mjs";
import { headersForPath } from "./lib/embed/paths.mjs";
import { FEEDBACK_FAST_PATH } from "./lib/insights/fast-path-key.mjs";
import { contentSecurityPolicy, REQUEST_TIMEOUT_MS, securityHeaders } from "./lib/http/headers.mjs";
import { readCappedNode } from "./lib/http/read-capped.mjs";
import { prerenderedScriptHashes } from "./lib/http/static-csp.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Without -H, listen on every interface, IPv6 and IPv4 (as `next start` does).
// (Not $HOSTNAME: Docker sets it to the container id.)
const hostname = values.hostname;
const trustConfig = parseTrustedProxies(process.env.FIXPATH_TRUSTED_PROXIES);
if (trustConfig.warning) console.warn(trustConfig.warning);
// The build says which edition it is and its site URL (next.config.mjs inlines both into its env).
const distDir = process.env.NEXT_DIST_DIR || ".next";
const built = JSON.parse(readFileSync(path.join(distDir, "required-server-files.json"), "utf8")).config?.env ?? {};
const agentEdition = built.FIXPATH_EDITION === "agent";
const siteUrl = process.env.FIXPATH_SITE_URL || built.FIXPATH_SITE_URL;

const plain = securityHeaders({ https: false });
const secure = securityHeaders({ https: true });
// Inline-script hashes of every page prerendered in this build (lib/http/static-csp.mjs).
const scriptHashes = prerenderedScriptHashes(distDir);

// Next reads NODE_ENV when it loads; a production server is the only thing this file starts.
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");
const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

/**
 * Makes later writes of some headers keep our value, whatever Next sets: `fixes` maps a lower-case
 * header name to a function from Next's value to ours.
 */
function pinHeaders(res, fixes) {
  const fix = (name, value) => fixes[String(name).toLowerCase()]?.(value) ?? value;
  const set = res.setHeader.bind(res);
  res.setHeader = (name, value) => set(name, fix(name, value));
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, ...rest) => {
    const headers = rest.find((r) => r && typeof r === "object");
    if (headers && !Array.isArray(headers)) for (const k of Object.keys(headers)) headers[k] = fix(k, headers[k]);
    return writeHead(status, ...rest);
  };
}

/**
 * Agent edition: nothing behind the password may be stored by a shared cache or served for another
 * credential (Next marks prerendered pages s-maxage=31536000 and replaces Vary).
 */
const privateFixes = {
  "cache-control": () => "private, no-store",
  vary: (value) => {
    const v = [value].flat().join(", ");
    return /(^|,\s*)authorization(\s*,|$)/i.test(v) ? v : `${v}, Authorization`;
  },
};

/**
 * A short answer with the security headers, closing the connection so an unread body is never read.
 * The API's contract is JSON errors, so under /api/ it is `{"error": "..."}`.
 */
function answer(req, res, status, message, headers) {
  res.statusCode = status;
  for (const [k, v] of headers) res.setHeader(k, v);
  const json = req.url?.startsWith("/api/");
  res.setHeader("content-type", json ? "application/json" : "text/plain; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.setHeader("connection", "close");
  res.end(json ? JSON.stringify({ error: message }) : `${message}\n`);
}

/** POST /api/feedback, answered by the app's own handler without Next's per-request work. */
function answerFeedback(req, res, feedback, headers) {
  readCappedNode(req, feedback.maxBytes)
    .then(async (raw) => {
      const { status, body } = await feedback.accept(raw, req.headers);
      res.statusCode = status;
      res.setHeader("content-type", "application/json");
      res.setHeader("cache-control", "no-store");
      if (raw === undefined) res.setHeader("connection", "close");
      res.end(JSON.stringify(body));
    })
    .catch((error) => {
      console.error("request failed:", error);
      if (!res.headersSent) answer(req, res, 500, "Something went wrong.", headers);
      else res.destroy();
    });
}

const server = createServer(
  { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1000 },
  (req, res) => {
    const peer = req.socket.remoteAddress;
    const https = servedOverHttps({
      encrypted: Boolean(req.socket.encrypted),
      forwardedProto: req.headers["x-forwarded-proto"],
      peer,
      trust: trustConfig.trust,
      siteUrl,
    });
    const problem = requestProblem(req);
    const hashes = req.method === "GET" || req.method === "HEAD" ? scriptHashes.get(req.url?.split("?", 1)[0] ?? "") : undefined;
    // /embed and /embed.js differ (lib/embed/paths.mjs): proxy.ts sets /embed's CSP per request.
    const headers = headersForPath(req.url?.split("?", 1)[0] ?? "", hashes ? securityHeaders({ https, scriptHashes: hashes }) : https ? secure : plain);
    if (problem) {
      if (problem.status === 405) res.setHeader("allow", ALLOWED_METHODS.join(", "));
      return answer(req, res, problem.status, problem.message, headers);
    }
    // Set before Next writes anything; Next adds its own and keeps these (its headers() sets the same values).
    for (const [k, v] of headers) res.setHeader(k, v);
    const fixes = agentEdition ? { ...privateFixes } : {};
    // A prerendered page gets the policy with its own inline scripts' hashes instead of 'unsafe-inline'.
    if (hashes) fixes["content-security-policy"] = () => contentSecurityPolicy(false, hashes);
    pinHeaders(res, fixes);
    if (agentEdition) {
      res.setHeader("cache-control", "private, no-store");
      res.setHeader("vary", "Authorization");
    }
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer ?? "unknown"}` : (peer ?? "unknown");
    // Feedback skips Next's router (lib/insights/fast-path.ts); the agent edition's password check is in proxy.ts, so not there.
    const feedback = !agentEdition && req.method === "POST" && req.url === "/api/feedback" ? globalThis[FEEDBACK_FAST_PATH] : undefined;
    if (feedback) return answerFeedback(req, res, feedback, headers);
    handle(req, res).catch((error) => {
      console.error("request failed:", error);
      if (!res.headersSent) answer(req, res, 500, "Something went wrong.", headers);
      else res.destroy();
    });
  },
);

/** A whole HTTP/1.1 response as text, for answers written straight to the socket. */
function rawAnswer(status, reason) {
  const lines = [...plain, ["Content-Type", "text/plain; charset=utf-8"], ["Cache-Control", "no-store"], ["Connection", "close"]];
  const body = `${reason}\n`;
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

// Errors Node's parser reports before a request exists (431 for oversized headers, 408 for a request
// that did not arrive in time, 400 for garbage) get the same headers as every other answer.
server.on("clientError", (error, socket) => {
  const { status, reason } = clientErrorStatus(error.code);
  if (socket.writable && !socket._httpMessage?.headersSent) socket.end(rawAnswer(status, reason));
  socket.destroy();
});

// CONNECT (a proxy tunnel request) is not for us.
server.on("connect", (_req, socket) => {
  socket.end(rawAnswer(405, "Method Not Allowed"));
});

server.listen(port, hostname, () => {
  console.log(`Fixpath listening on http://${hostname ?? "localhost"}:${port} (${distDir}, ${agentEdition ? "agent" : "customer"} edition)`);
});
