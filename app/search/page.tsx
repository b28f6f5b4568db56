import type { Metadata } from "next";
import { LiveSearch } from "@/components/search/client";
import { searchProps } from "@/components/search/system-labels";
import { getCatalog } from "@/lib/content";
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
  // The server answers too, so a shared link works before (or without) the browser's search.
  const answer = q.trim() ? answerQuery(engineForCatalog(catalog), q) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Find the root cause</h1>
      <LiveSearch systems={systems} mode={mode} initialQuery={q} initialAnswer={answer} syncUrl autoFocus />
    </div>
  );
}
