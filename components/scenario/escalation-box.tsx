import type { Escalation } from "@/lib/content/schema";
import { nextStep } from "@/lib/reply";
import { ContactLink, SendAlong } from "./escalation-parts";
import { EscalationActions, type EscalationScenario } from "./escalation-actions";

export interface EscalationBoxProps {
  escalation: Escalation;
  /** The scenarios whose checklists the prepared message reports; none on a system page. */
  tried?: readonly EscalationScenario[];
  answers?: ReadonlyArray<{ question: string; answer: string }>;
  withPaste?: boolean;
  headingLevel?: 2 | 3;
  heading?: string;
  /** The heading's id, unique on the page. */
  id?: string;
}

/** Whom to contact, the next step, what to send, and the prepared message: one box for the scenario page, system page and wizard. */
export function EscalationBox({ escalation, tried = [], answers, withPaste, headingLevel = 2, heading = "Still stuck? Escalate", id = "escalation" }: EscalationBoxProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const step = nextStep(escalation);
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <Heading id={id} className="text-lg font-semibold">
        {heading}
      </Heading>
      <p className="mt-1">
        Contact{" "}
        <strong>
          <ContactLink contact={escalation.contact} />
        </strong>
        {escalation.via ? ` (${escalation.via})` : ""}.
      </p>
      {step && escalation.how && <p className="mt-1">{step}</p>}
      <SendAlong include={escalation.include} className="text-sm" />
      <EscalationActions escalation={escalation} tried={tried} answers={answers} withPaste={withPaste} />
    </section>
  );
}
