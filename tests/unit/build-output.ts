import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { z } from "zod";

/** The build the tests read: NEXT_DIST_DIR as next.config.mjs uses it, else .next. */
export const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");

const buildManifest = z.object({ rootMainFiles: z.array(z.string()) });
const appPaths = z.record(z.string(), z.string());
const rscManifest = z.record(z.string(), z.object({ entryJSFiles: z.record(z.string(), z.array(z.string())) }));

const read = (file: string) => readFileSync(path.join(distDir, file), "utf8");

export function assertBuilt(): void {
  if (!existsSync(path.join(distDir, "build-manifest.json"))) {
    throw new Error(`no Next build in ${distDir}: run \`next build\` first (npm test does), or set NEXT_DIST_DIR`);
  }
}

/** App routes with a page, as users see them: "/", "/diagnose", "/scenarios/[system]/[slug]". */
export function pageRoutes(): string[] {
  const manifest = appPaths.parse(JSON.parse(read("server/app-paths-manifest.json")));
  return Object.keys(manifest)
    .filter((key) => key.endsWith("/page") && !key.startsWith("/_global-error"))
    .map((key) => key.slice(0, -"/page".length) || "/")
    .sort();
}

/**
 * The JavaScript a browser downloads to show a route the first time: Next's runtime chunks (the
 * build manifest's rootMainFiles) plus the client chunks of the route's layouts and page (its client
 * reference manifest's entryJSFiles). Legacy polyfills load only in browsers without modules, so
 * they are not counted. Paths relative to the build folder: static/chunks/....
 */
export function firstLoadChunks(route: string): string[] {
  const { rootMainFiles } = buildManifest.parse(JSON.parse(read("build-manifest.json")));
  const key = `${route === "/" ? "" : route}/page`;
  // The manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in an empty sandbox.
  const sandbox: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: unknown } = {};
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  runInNewContext(read(`server/app${key}_client-reference-manifest.js`), sandbox);
  const entry = rscManifest.parse(sandbox.__RSC_MANIFEST)[key];
  if (!entry) throw new Error(`${key}: not in its client reference manifest`);
  return [...new Set([...rootMainFiles, ...Object.values(entry.entryJSFiles).flat()])].sort();
}

export const gzipKb = (bytes: Buffer) => gzipSync(bytes).length / 1024;

export function firstLoadKb(route: string): number {
  return firstLoadChunks(route).reduce((sum, file) => sum + gzipKb(readFileSync(path.join(distDir, file))), 0);
}

/** The module scripts a prerendered page's HTML loads, as build-relative paths. */
export function htmlScripts(htmlFile: string): string[] {
  const html = read(`server/app/${htmlFile}`);
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1] ?? "";
    const src = /\bsrc="\/_next\/([^"]+)"/.exec(attrs)?.[1];
    if (src && !/\bnoModule\b/i.test(attrs)) out.add(src);
  }
  return [...out].sort();
}

export function searchIndexKb(): number {
  return gzipKb(readFileSync(path.join(distDir, "server/app/search-index.json.body")));
}
