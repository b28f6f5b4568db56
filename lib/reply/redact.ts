import { findPersonalData, replaceSpans, type PersonalKind, type PersonalSpan } from "@/lib/text/personal-data";
import { qualifiedCodeName } from "@/lib/text/personal-patterns";

/**
 * A paste made safe to put into an escalation e-mail, a ticket or the wizard's link: what
 * lib/text/personal-data finds is replaced by a label. Timestamps say when, not who, and stay as
 * written; the word after a key word without "=" or ":" ("token expired") stays, as a support
 * engineer needs to read it. An exception's class name (System.Net.Http.HttpRequestException) stays
 * too: it names code, not a person, and it is what the engineer searches for. Other long code-like
 * words and ids joined by punctuation are masked (see docs/privacy.md).
 */
const label: Partial<Record<PersonalKind, string>> = {
  url: "[link]",
  email: "[e-mail]",
  guid: "[id]",
  ip: "[address]",
  host: "[host]",
  num: "[number]",
  card: "[number]",
  id: "[id]",
  "joined-id": "[id]",
  phone: "[phone]",
  token: "[token]",
  secret: "[token]",
  "long-word": "[token]",
};
const REDACTED_KINDS: ReadonlySet<PersonalKind> = new Set(Object.keys(label) as PersonalKind[]);

const codeName = (span: PersonalSpan, text: string) => span.kind === "long-word" && qualifiedCodeName(text.slice(span.start, span.end));

export function redactPaste(text: string): string {
  return replaceSpans(text, findPersonalData(text, { kinds: REDACTED_KINDS, keep: codeName }), (s) => label[s.kind]);
}
