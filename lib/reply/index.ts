export { absoluteUrl, composeReply, customerSteps, type ReplyOptions, type ReplyScenario } from "./compose";
export { isEmailContact, nextStep, resolveEscalation } from "./escalation";
export { composeEscalation, MAILTO_MAX, type EscalationInput, type EscalationMessage, type TriedScenario } from "./message";
export { redactPaste } from "./redact";
