import type { MetadataRoute } from "next";
import { getScenarios, getSystems } from "@/lib/content";
import { siteUrl } from "@/lib/site";

/**
 * Every page of the site: the fixed pages, each system overview and each scenario of this edition.
 * /search is left out: its pages are marked noindex. Add a fixed page here when its route exists
 * (tests/e2e/site-metadata.spec.ts fetches each one).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const paths = ["/", "/diagnose", "/messages", ...getSystems().map((s) => `/systems/${s.id}`), ...getScenarios().map((s) => s.url)];
  return paths.map((path) => ({ url: `${base}${path}` }));
}
