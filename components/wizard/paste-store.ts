/**
 * Where the wizard keeps this tab's paste for the escalation message. What it keeps is the paste as
 * the wizard's link holds it: /diagnose/paste has already masked it there. Reading masks it again
 * (escalation-actions), for links made before that, so the message never carries it raw.
 */
export const WIZARD_PASTE_KEY = "fixpath:wizard-paste";

export function rememberWizardPaste(text: string): void {
  try {
    if (text.trim()) window.sessionStorage.setItem(WIZARD_PASTE_KEY, text.slice(0, 4000));
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
