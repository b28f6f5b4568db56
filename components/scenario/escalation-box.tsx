import type { Escalation } from "@/lib/content/schema";

function ContactLink({ contact }: { contact: string }) {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) {
    return (
      <a href={`mailto:${contact}`} className="font-medium text-sky-800 underline dark:text-sky-300">
        {contact}
      </a>
    );
  }
  return <strong>{contact}</strong>;
}

export function EscalationBox({ escalation, headingLevel = 2 }: { escalation: Escalation; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="escalation" className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <Heading id="escalation" className="text-lg font-semibold">
        Still stuck? Escalate
      </Heading>
      <p className="mt-1">
        Contact <ContactLink contact={escalation.contact} />
        {escalation.via ? ` (${escalation.via})` : ""}.
      </p>
      {escalation.include.length > 0 && (
        <>
          <p className="mt-2 text-sm font-medium">Send along:</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {escalation.include.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
