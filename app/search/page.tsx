import type { Metadata } from "next";
import { headers } from "next/headers";
import { LiveSearch } from "@/components/search/client";
import { searchProps } from "@/components/search/system-labels";
import { getCatalog } from "@/lib/content";
import { takeSearch, tooManySearches } from "@/lib/rate-limit/server";
import { answerQuery } from "@/lib/search/answer";
import { engineForCatalog } from "@/lib/search/catalog-engine";
import { pageMetadata } from "@/lib/site";

interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[] }>;
}

const queryOf = async (searchParams: SearchPageProps["searchParams"]) => {
  const q = (await searchParams).q;
  return (Array.isArray(q) ? q[0] : q) ?? "";
};

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const q = (await queryOf(searchParams)).trim();
  return {
    ...pageMetadata({
      title: q ? `Search: ${q.slice(0, 60)}` : "Search",
      description: "Paste an error message, a status or a log excerpt and get its root cause and remedy; or type a system, provider or status to browse.",
      path: "/search",
    }),
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const q = await queryOf(searchParams);
  const catalog = getCatalog();
  const { systems, mode } = searchProps(catalog);
  // The server answers too, so a shared link works before (or without) the browser's search; that
  // costs the server a search, so it counts against the client's limit like the API does.
  const rate = q.trim() ? await takeSearch(await headers()) : undefined;
  const answer = rate?.ok ? answerQuery(engineForCatalog(catalog), q) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Find the root cause</h1>
      {rate && !rate.ok && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {tooManySearches(rate)} Your paste is kept below; with JavaScript on, your browser searches it on its own.
        </p>
      )}
      <LiveSearch systems={systems} mode={mode} initialQuery={q} initialAnswer={answer} syncUrl autoFocus />
    </div>
  );
}
