import Link from "next/link";
import type { Scenario } from "@/lib/content";

export function ScenarioLinks({ scenarios }: { scenarios: Scenario[] }) {
  return (
    <ul className="space-y-2">
      {scenarios.map((s) => (
        <li key={s.id}>
          <Link href={s.url} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            {s.title}
          </Link>
          <p className="text-sm text-slate-700 dark:text-slate-300">{s.summary}</p>
        </li>
      ))}
    </ul>
  );
}
