import { findMasks, wordMask, type MaskKind } from "@/lib/match/mask";

/**
 * A paste made safe to put into a URL, an e-mail or a ticket: e-mail addresses, phone numbers,
 * tokens, URLs and long ids are replaced by a label. The matcher's own masks (lib/match/mask) find
 * most of them; phone numbers and long tokens without digits are added here, since the matcher has
 * no reason to tell them from words.
 */
const PHONE = /(?<![\w+])\+?\d[\d ().-]{6,}\d(?!\w)/g;
/** A word of 24+ letters, digits, "_", "-", "." or "=" that mixes cases or carries a digit: an API key or a JWT. */
const TOKEN = /[A-Za-z0-9_\-.=+/]{24,}/g;

/** Dates and log times (2024-03-14, 00:04:08.485) say when, not who: they stay. */
const DATE_OR_TIME = /^\d{1,4}(?:[-/:.,]\d{1,4}){2,3}$/;

const label: Record<MaskKind | "phone" | "token", string> = {
  url: "[link]",
  email: "[e-mail]",
  guid: "[id]",
  time: "", // timestamps are not private: kept as written (see below)
  ip: "[address]",
  host: "[host]",
  num: "[number]",
  id: "[id]",
  phone: "[phone]",
  token: "[token]",
};

/** Phone numbers, tokens and id-like words in a stretch of text that holds no timestamp. */
function redactWords(text: string): string {
  const out = text
    .replace(PHONE, (m) => (m.replace(/\D/g, "").length >= 8 ? label.phone : m))
    .replace(TOKEN, (m) => (/\d/.test(m) || (/[a-z]/.test(m) && /[A-Z]/.test(m)) ? label.token : m));
  return out.replace(/\S+/g, (word) => {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (DATE_OR_TIME.test(bare)) return word;
    const kind = wordMask(bare);
    return kind ? label[kind] : word;
  });
}

export function redactPaste(text: string): string {
  let out = "";
  let at = 0;
  for (const span of findMasks(text)) {
    out += redactWords(text.slice(at, span.start));
    // Timestamps say when, not who: kept as written, and kept out of the phone-number rule.
    out += span.kind === "time" ? text.slice(span.start, span.end) : label[span.kind];
    at = span.end;
  }
  return out + redactWords(text.slice(at));
}
