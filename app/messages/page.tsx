import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MessageList, type SystemLabel } from "@/components/messages/message-list";
import { getCatalog } from "@/lib/content";
import { byLetter, bySystem, messageIndex } from "@/lib/content/messages";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Messages, statuses and errors",
  description: "Every message, status and error string Fixpath knows, A to Z and by system, each with the scenario that explains it.",
  path: "/messages",
});

const letterId = (key: string) => (key === "#" ? "letter-digits" : `letter-${key.toLowerCase()}`);

export default function MessagesPage() {
  const catalog = getCatalog();
  const entries = messageIndex(catalog);
  const letters = byLetter(entries);
  const systems: Record<string, SystemLabel> = Object.fromEntries(catalog.systems.map((s) => [s.id, s]));
  return (
    <article className="space-y-8">
      <div>
        <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Messages" }]} />
        <h1 className="text-3xl font-bold tracking-tight">Messages, statuses and errors</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Every exact message, status and error string that a scenario explains ({entries.length} in all). Find the one you see and
          open its scenario for the root cause and the remedy.
        </p>
      </div>
      <nav aria-label="Jump to" className="space-y-2 text-sm">
        <ul className="flex flex-wrap gap-1">
          {letters.map((l) => (
            <li key={l.key}>
              <a href={`#${letterId(l.key)}`} className="inline-block min-w-8 rounded border border-slate-300 px-2 py-1 text-center hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                {l.key}
              </a>
            </li>
          ))}
        </ul>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {catalog.systems.map((s) => (
            <li key={s.id}>
              <a href={`#system-${s.id}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="a-z" className="space-y-4">
        <h2 id="a-z" className="text-2xl font-semibold">A to Z</h2>
        {letters.map((l) => (
          <section key={l.key} aria-labelledby={letterId(l.key)}>
            <h3 id={letterId(l.key)} className="scroll-mt-4 border-b border-slate-300 text-lg font-semibold dark:border-slate-700">
              {l.key === "#" ? "# (digits and symbols)" : l.key}
            </h3>
            <MessageList entries={l.entries} systems={systems} />
          </section>
        ))}
      </section>
      <section aria-labelledby="by-system" className="space-y-4">
        <h2 id="by-system" className="text-2xl font-semibold">By system</h2>
        {bySystem(entries, catalog).map((s) => (
          <section key={s.key} aria-labelledby={`system-${s.key}`}>
            <h3 id={`system-${s.key}`} className="scroll-mt-4 border-b border-slate-300 text-lg font-semibold dark:border-slate-700">
              {systems[s.key]?.name}
            </h3>
            <MessageList entries={s.entries} systems={systems} showSystem={false} />
          </section>
        ))}
      </section>
    </article>
  );
}
