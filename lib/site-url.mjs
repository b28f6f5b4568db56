// Plain JavaScript (typed by site-url.d.mts): next.config.mjs checks it before a build, lib/site.ts uses it.

const LOCAL = "http://localhost:3000";

/**
 * The public address from FIXPATH_SITE_URL: `{ url }` without a trailing slash, or `{ problem }`.
 * A production build requires it (next.config.mjs stops the build with the problem), so canonical
 * links, Open Graph URLs, sitemap.xml and robots.txt never point at localhost by accident; `next dev`
 * falls back to http://localhost:3000.
 */
export function parseSiteUrl(value) {
  const v = value?.trim() ?? "";
  if (v === "") return { problem: "FIXPATH_SITE_URL is not set: set it to the public address of the site, e.g. FIXPATH_SITE_URL=https://help.example.com (http://localhost:3000 for a local build)" };
  let url;
  try {
    url = new URL(v);
  } catch {
    return { problem: `FIXPATH_SITE_URL=${JSON.stringify(v.slice(0, 80))} is not a URL; use e.g. https://help.example.com` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { problem: `FIXPATH_SITE_URL must start with https:// or http://, got ${JSON.stringify(v.slice(0, 80))}` };
  if (url.search || url.hash || url.username) return { problem: "FIXPATH_SITE_URL must be an origin and optional path, without ?query, #fragment or credentials" };
  return { url: `${url.origin}${url.pathname}`.replace(/\/+$/, "") };
}

/** The site URL for this process: FIXPATH_SITE_URL, or localhost when it is unusable (only `next dev` gets this far). */
export function siteUrlOrLocal(value) {
  return parseSiteUrl(value).url ?? LOCAL;
}
