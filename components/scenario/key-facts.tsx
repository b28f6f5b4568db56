import type { KeyFact } from "@/lib/content/schema";

export function KeyFactsList({ facts }: { facts: KeyFact[] }) {
  return (
    <section aria-labelledby="key-facts" className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
      <h2 id="key-facts" className="text-lg font-semibold">Key numbers</h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className="font-medium">{f.label}</dt>
            <dd className="mb-1 sm:mb-0">{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
