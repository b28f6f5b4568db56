import type { Metadata } from "next";
import { EmbedApp } from "@/components/embed/embed-app";
import { searchProps } from "@/components/search/system-labels";
import { getCatalog } from "@/lib/content";
import { allowedParent, parseEmbedOrigins } from "@/lib/embed/origins";
import { firstSteps } from "@/lib/embed/first-steps";

// FIXPATH_EMBED_ORIGINS is read per request (README, Embedding), like the CSP proxy.ts sets here.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Find why a message was not delivered",
  robots: { index: false, follow: false },
};

interface EmbedPageProps {
  searchParams: Promise<{ origin?: string | string[] }>;
}

export default async function EmbedPage({ searchParams }: EmbedPageProps) {
  const claimed = (await searchParams).origin;
  const { origins } = parseEmbedOrigins(process.env.FIXPATH_EMBED_ORIGINS);
  const parentOrigin = allowedParent(Array.isArray(claimed) ? claimed[0] : claimed, origins);
  const catalog = getCatalog();
  return <EmbedApp {...embedSearch(catalog)} firstSteps={firstSteps(catalog.scenarios)} parentOrigin={parentOrigin} />;
}

function embedSearch(catalog: ReturnType<typeof getCatalog>) {
  const { systems, mode } = searchProps(catalog);
  return { systems, mode };
}
