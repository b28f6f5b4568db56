import Link from "next/link";
import { LiveSearch } from "@/components/search/client";
import { searchProps } from "@/components/search/system-labels";
import { SystemList } from "@/components/system/system-list";
import { getCatalog, getScenarios, getSystems } from "@/lib/content";
import { pageMetadata } from "@/lib/site";

export const metadata = {
  ...pageMetadata({
    title: "Fixpath: why didn't my message arrive?",
    description:
      "Fixpath finds the root cause and the remedy when an SMS, email, WhatsApp message, survey invitation or chat never arrives.",
    path: "/",
  }),
  // The home page's title stands alone, without the "· Fixpath" suffix of the other pages.
  title: { absolute: "Fixpath: why didn't my message arrive?" },
};

function searchBox() {
  const { systems, mode } = searchProps(getCatalog());
  return { systems, mode };
}

export default function HomePage() {
  const systems = getSystems().map((s) => ({ ...s, scenarioCount: getScenarios(s.id).length }));
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Why didn&apos;t the message arrive?</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Fixpath finds the root cause and the remedy when an SMS, email, WhatsApp message, survey invitation or chat
          never arrives. Paste what you see, or{" "}
          <Link href="/diagnose" className="font-medium text-sky-800 underline dark:text-sky-300">
            answer a few questions
          </Link>
          .
        </p>
      </section>
      <section aria-labelledby="paste-heading" className="rounded-xl border border-slate-200 bg-slate-50 p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="paste-heading" className="sr-only">Paste to diagnose</h2>
        <LiveSearch {...searchBox()} syncUrl />
      </section>
      <section aria-labelledby="systems" className="space-y-3">
        <h2 id="systems" className="text-2xl font-semibold">Systems</h2>
        <SystemList systems={systems} />
      </section>
    </div>
  );
}
