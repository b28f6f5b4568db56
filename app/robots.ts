import type { MetadataRoute } from "next";
import { editionFromEnv } from "@/lib/content";
import { siteUrl } from "@/lib/site";

/** The customer edition may be indexed; the agent edition, behind its password, may not. */
export default function robots(): MetadataRoute.Robots {
  if (editionFromEnv() === "agent") return { rules: { userAgent: "*", disallow: "/" } };
  return { rules: { userAgent: "*", allow: "/" }, sitemap: `${siteUrl()}/sitemap.xml` };
}
