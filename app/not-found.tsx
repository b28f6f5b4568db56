import Link from "next/link";
import { PasteForm } from "@/components/search/paste-form";
import { getSystems } from "@/lib/content";

export default function NotFound() {
  const systems = getSystems();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="text-lg">
        There is no page at this address. If you followed a link to a scenario, its id may be mistyped: search for the
        message instead, or pick the system.
      </p>
      <PasteForm />
      <section aria-labelledby="nf-systems">
        <h2 id="nf-systems" className="text-xl font-semibold">Systems</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {systems.map((s) => (
            <li key={s.id}>
              <Link href={`/systems/${s.id}`} className="text-sky-800 underline dark:text-sky-300">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/" className="text-sky-800 underline dark:text-sky-300">Back to the home page</Link> or try the{" "}
        <Link href="/diagnose" className="text-sky-800 underline dark:text-sky-300">guided diagnosis</Link>.
      </p>
    </div>
  );
}
