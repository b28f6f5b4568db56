import type { Escalation } from "@/lib/content/schema";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A contact that is an e-mail address gets an "Email support" link with the prepared message. */
export function isEmailContact(contact: string): boolean {
  return EMAIL.test(contact.trim());
}

/**
 * The one rule for a scenario's escalation, used by the scenario page and the wizard alike: the
 * scenario's own replaces its system's; when both name the same contact, what the system asks to
 * send is listed too, so a scenario that only repeats the contact still asks for the batchid or the
 * Journey URL. Idempotent: resolving an already resolved escalation changes nothing.
 */
export function resolveEscalation(own: Escalation | undefined, system: Escalation | undefined): Escalation | undefined {
  if (!own) return system;
  if (!system || !same(own.contact, system.contact)) return own;
  const include = [...own.include];
  for (const item of system.include) if (!include.some((i) => same(i, item))) include.push(item);
  return { ...own, how: own.how ?? system.how, include };
}

/** The next step in words: how to raise it, or else e-mailing the contact. Undefined: a dead end (content:check's test rejects it). */
export function nextStep(escalation: Escalation): string | undefined {
  if (escalation.how) return escalation.how;
  if (isEmailContact(escalation.contact)) return `E-mail ${escalation.contact.trim()}.`;
  return undefined;
}
