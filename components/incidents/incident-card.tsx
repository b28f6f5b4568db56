import type { Incident } from "@/lib/content/incidents";

const when = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";

/** One incident: what is wrong, since when (and until when), and the docs team's text. */
export function IncidentCard({ incident, showDates = true }: { incident: Incident; showDates?: boolean }) {
  return (
    <section
      role="status"
      aria-label={`Known incident: ${incident.title}`}
      className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">Known incident: {incident.title}</p>
      {showDates && (
        <p className="text-xs">
          Since {when(incident.start)}
          {incident.end ? `, expected to end ${when(incident.end)}` : ""}
        </p>
      )}
      {incident.body.map((b, i) =>
        b.kind === "p" ? (
          <p key={i} className="mt-1">{b.text}</p>
        ) : (
          <ul key={i} className="mt-1 list-disc pl-5">
            {b.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </section>
  );
}
