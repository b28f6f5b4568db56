import type { Escalation } from "@/lib/content/schema";
import { absoluteUrl } from "./compose";
import { isEmailContact } from "./escalation";
import { redactPaste } from "./redact";

export interface TriedScenario {
  id: string;
  title: string;
  url: string;
  steps: ReadonlyArray<{ id: string; text: string; kind?: string; internal?: boolean; customerText?: string }>;
  /** Ids of the steps the customer ticked. */
  done: readonly string[];
}

export interface EscalationInput {
  escalation: Escalation;
  /** The scenarios the customer worked through, the likeliest first. */
  tried: readonly TriedScenario[];
  /** The wizard's questions and the customer's answers, in order. */
  answers?: ReadonlyArray<{ question: string; answer: string }>;
  /** What the customer pasted: masked here, never sent as written. */
  paste?: string;
  origin: string;
}

export interface EscalationMessage {
  subject: string;
  body: string;
  /** A mailto: link when the contact is an e-mail address (its body cut to what mail clients accept). */
  mailto?: string;
}

/** Mail clients and browsers drop mailto: links much past 2,000 characters. */
export const MAILTO_MAX = 1800;

function checklistLines(s: TriedScenario): string[] {
  const tickable = s.steps.filter((step) => !step.internal && step.kind !== "info");
  const done = new Set(s.done);
  return tickable.map((step) => `  [${done.has(step.id) ? "x" : " "}] ${step.customerText ?? step.text}`);
}

const CUT = "[…cut here: use Copy for support for the whole message]";

/** The body's first lines, as many as fit in MAILTO_MAX once encoded; a cut says so. */
function fitMailto(lines: readonly string[]): string {
  const whole = lines.join("\n");
  if (encodeURIComponent(whole).length <= MAILTO_MAX) return whole;
  const kept: string[] = [];
  for (const line of lines) {
    if (encodeURIComponent([...kept, line, CUT].join("\n")).length > MAILTO_MAX) break;
    kept.push(line);
  }
  return [...kept, CUT].join("\n");
}

/**
 * The message a customer sends when the remedy did not help: which scenario, what was ticked and
 * what was not, the wizard's answers, the paste (masked), and what the content asks to send along,
 * each as a line to fill in. Pure: the scenario page and the wizard build it from the same data.
 */
export function composeEscalation(input: EscalationInput): EscalationMessage {
  const [first] = input.tried;
  const subject = first ? `Escalation: ${first.title} [${first.id}]` : "Escalation: message not delivered";
  const lines: string[] = ["Hello,", "", "The remedy below did not solve the problem; here is what we checked."];
  for (const s of input.tried) {
    const ticked = s.done.length;
    lines.push("", `Scenario: ${s.title} (${s.id})`, absoluteUrl(s.url, input.origin));
    lines.push(`Steps done: ${ticked} of ${checklistLines(s).length}`, ...checklistLines(s));
  }
  if (input.answers && input.answers.length > 0) {
    lines.push("", "Answers in the guided diagnosis:", ...input.answers.map((a) => `  ${a.question} ${a.answer}`));
  }
  if (input.paste?.trim()) {
    lines.push("", "What we saw (personal data masked):", ...redactPaste(input.paste.trim()).split("\n").map((l) => `  ${l}`));
  }
  if (input.escalation.include.length > 0) {
    lines.push("", "Details you asked for:", ...input.escalation.include.map((item) => `  - ${item}: `));
  }
  const body = lines.join("\n");
  const contact = input.escalation.contact.trim();
  if (!isEmailContact(contact)) return { subject, body };
  const mailto = `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(fitMailto(lines))}`;
  return { subject, body, mailto };
}

