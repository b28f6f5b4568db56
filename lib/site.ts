import type { Metadata } from "next";
import { siteUrlOrLocal } from "./site-url.mjs";

export const SITE_NAME = "Fixpath";

/** The public address (FIXPATH_SITE_URL, required by a production build), for absolute URLs in Open Graph tags, sitemap.xml and robots.txt. */
export function siteUrl(value = process.env.FIXPATH_SITE_URL): string {
  return siteUrlOrLocal(value);
}

/** The share card (1200 × 630) for Open Graph and Twitter, in public/. */
export const SHARE_IMAGE = {
  url: "/og-image.png",
  width: 1200,
  height: 630,
  alt: "Fixpath: why didn't the message arrive? Root causes and remedies for messages that never arrive.",
};

/** A page's title, description, canonical address and Open Graph tags, from one place. */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: "website", siteName: SITE_NAME, title, description, url: path, locale: "en", images: [SHARE_IMAGE] },
    twitter: { card: "summary_large_image", title, description, images: [SHARE_IMAGE] },
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** 2026-11-27 → 27 November 2026: the same text on the server and in every browser, whatever its locale. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const month = MONTHS[(m ?? 0) - 1];
  return month && y && d ? `${d} ${month} ${y}` : isoDate;
}
