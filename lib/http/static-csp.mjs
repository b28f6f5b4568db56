// Plain JavaScript (typed by static-csp.d.mts), run by server.mjs at start-up.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * CSP hash sources ('sha256-…') of every inline script in an HTML document, in order, without
 * repeats. The browser hashes a script's text exactly as it appears between the tags, as UTF-8.
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const hash = `sha256-${createHash("sha256").update(m[1] ?? "", "utf8").digest("base64")}`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** `index.html` → `/`, `scenarios/wxm/x.html` → `/scenarios/wxm/x`; Next's own `_…` pages are left out. */
export function routeOfHtmlFile(relative) {
  const route = `/${relative.split(path.sep).join("/").replace(/\.html$/, "")}`;
  if (route === "/index") return "/";
  return route.split("/").some((part) => part.startsWith("_")) ? undefined : route;
}

/**
 * For each page Next prerendered at build time (`<distDir>/server/app/**.html`), the hashes of its
 * inline scripts. These pages are served byte for byte from that file, so the hashes hold for
 * every request; pages rendered per request are not in the map.
 */
export function prerenderedScriptHashes(distDir) {
  const root = path.join(distDir, "server", "app");
  const map = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) {
        const route = routeOfHtmlFile(path.relative(root, full));
        if (route) map.set(route, inlineScriptHashes(readFileSync(full, "utf8")));
      }
    }
  };
  walk(root);
  return map;
}
