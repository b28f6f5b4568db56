import { redactPaste } from "@/lib/reply/redact";
import { wizardHref } from "./url";

/**
 * How much of a paste the wizard's link keeps: far below the ~16 KB of headers where servers answer
 * 431, and short enough for browser history and server logs. The matcher reads this part.
 */
export const URL_PASTE_MAX = 1500;

/**
 * Where a pasted text sends the wizard: its masked form (e-mail addresses, phone numbers, tokens,
 * long ids replaced, lib/reply/redact), cut to URL_PASTE_MAX, with `cut=yes` when it was shortened,
 * so the page can say so. The raw paste never reaches a URL.
 */
export function pasteHref(text: string): string {
  const masked = redactPaste(text.trim());
  if (!masked) return wizardHref({ step: "system" });
  const kept = masked.slice(0, URL_PASTE_MAX);
  const href = wizardHref({ step: "system", paste: kept });
  return kept.length < masked.length ? `${href}&cut=yes` : href;
}
