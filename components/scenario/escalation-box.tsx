import type { Escalation } from "@/lib/content/schema";
import { ContactLink, SendAlong } from "./escalation-parts";

export function EscalationBox({ escalation, headingLevel = 2 }: { escalation: Escalation; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="escalation" className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <Heading id="escalation" className="text-lg font-semibold">
        Still stuck? Escalate
      </Heading>
      <p className="mt-1">
        Contact <strong><ContactLink contact={escalation.contact} /></strong>
        {escalation.via ? ` (${escalation.via})` : ""}.
      </p>
      <SendAlong include={escalation.include} className="text-sm" />
    </section>
  );
}
