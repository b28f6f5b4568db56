import { isEmailContact } from "@/lib/reply/escalation";

/** An escalation contact: a mailto link when it is an e-mail address, plain text otherwise. */
export function ContactLink({ contact }: { contact: string }) {
  if (!isEmailContact(contact)) return <>{contact}</>;
  return (
    <a href={`mailto:${contact}`} className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
      {contact}
    </a>
  );
}

/** What to send along with an escalation, as content lists it. */
export function SendAlong({ include, className = "" }: { include: readonly string[]; className?: string }) {
  if (include.length === 0) return null;
  return (
    <div className={className}>
      <p className="mt-2 font-medium">Send along:</p>
      <ul className="mt-1 list-disc pl-6">
        {include.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
