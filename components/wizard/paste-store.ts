import { redactPaste } from "@/lib/reply/redact";

/** Where the wizard keeps this tab's paste, masked, for the escalation message: never the raw text. */
export const WIZARD_PASTE_KEY = "fixpath:wizard-paste";

export function rememberWizardPaste(text: string): void {
  try {
    if (text.trim()) window.sessionStorage.setItem(WIZARD_PASTE_KEY, redactPaste(text).slice(0, 4000));
  } catch {
    // Storage blocked: the escalation message then goes without the paste.
  }
}

export function recallWizardPaste(): string {
  try {
    return window.sessionStorage.getItem(WIZARD_PASTE_KEY) ?? "";
  } catch {
    return "";
  }
}
