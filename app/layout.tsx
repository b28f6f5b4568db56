import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ContentProblems } from "@/components/dev/content-problems";
import { ContentWatcher } from "@/components/dev/content-watcher";
import { currentContentVersion, getCatalogResult } from "@/lib/content";
import { SiteHeader } from "@/components/layout/site-header";
import { searchProps } from "@/components/search/system-labels";
import { SiteChrome } from "@/components/embed/site-chrome";
import { SHARE_IMAGE, SITE_NAME, siteUrl } from "@/lib/site";
import "./globals.css";

const title = "Fixpath: why didn't my message arrive?";
const description =
  "Fixpath finds the root cause and the remedy when an SMS, email, WhatsApp message, survey invitation or chat never arrives.";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  applicationName: SITE_NAME,
  title: { default: title, template: "%s · Fixpath" },
  description,
  openGraph: { type: "website", siteName: SITE_NAME, title, description, locale: "en", images: [SHARE_IMAGE] },
  twitter: { card: "summary_large_image", images: [SHARE_IMAGE] },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: it applies a saved light or dark choice before the first paint. */}
        <script src="/theme-init.js" />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
          Skip to content
        </a>
        <SiteChrome>
          <SiteHeader search={searchProps(getCatalogResult().catalog)} />
        </SiteChrome>
        {process.env.NODE_ENV !== "production" && <ContentProblems problems={getCatalogResult().problems} />}
        {process.env.NODE_ENV !== "production" && (
          <ContentWatcher version={currentContentVersion()} />
        )}
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteChrome>
          <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
            Fixpath · message-delivery troubleshooting · <a className="underline" href="/catalog.json">catalog.json</a>
          </footer>
        </SiteChrome>
      </body>
    </html>
  );
}
