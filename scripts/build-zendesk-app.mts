// npm run build:zendesk-app [-- --url https://fixpath.example.com] [--out dist]
// Writes dist/zendesk-app.zip: manifest.json, translations/en.json and assets/ (iframe.html, app.js
// with the Zendesk App Framework SDK bundled from npm, app.css, logos). Upload it in Zendesk Admin
// Center → Apps and integrations → Zendesk Support apps → Upload private app (README, "Zendesk app").
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { zipSync } from "fflate";
import { logoPng } from "@/lib/integrations/png";
import { zendeskManifest } from "@/lib/integrations/zendesk-manifest";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    out: { type: "string", default: "dist" },
    email: { type: "string" },
  },
});
const fixpathUrl = values.url ?? process.env.FIXPATH_SITE_URL ?? process.env.SITE_URL ?? "http://localhost:3000";
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const src = "integrations/zendesk";

let manifest;
try {
  manifest = zendeskManifest({
    fixpathUrl,
    version: pkg.version,
    author: { name: "Fixpath", email: values.email ?? "support@example.com", url: new URL(fixpathUrl).origin },
  });
} catch (error) {
  console.error(`build:zendesk-app: ${(error as Error).message}`);
  process.exit(1);
}

const bundle = await build({
  entryPoints: [path.join(src, "src/app.ts")],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2019",
  minify: true,
  write: false,
  legalComments: "inline",
});
const appJs = bundle.outputFiles[0]!.contents;

const enc = (s: string) => new TextEncoder().encode(s);
const files: Record<string, Uint8Array> = {
  "manifest.json": enc(`${JSON.stringify(manifest, null, 2)}\n`),
  "translations/en.json": readFileSync(path.join(src, "translations-en.json")),
  "assets/iframe.html": readFileSync(path.join(src, "iframe.html")),
  "assets/app.css": readFileSync(path.join(src, "app.css")),
  "assets/app.js": appJs,
  "assets/logo.png": logoPng(320),
  "assets/logo-small.png": logoPng(128),
};

// A fixed date keeps the zip byte-for-byte the same for the same sources.
const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: new Date("2026-01-01T00:00:00Z") }]])));
mkdirSync(values.out!, { recursive: true });
const target = path.join(values.out!, "zendesk-app.zip");
writeFileSync(target, zip);
console.log(`wrote ${target} (${zip.length} bytes; Fixpath URL ${manifest.parameters[0]!.default}, token domain ${manifest.domainWhitelist[0]})`);
