import { findMasks, wordMask, type MaskKind } from "@/lib/match/mask";

/**
 * A paste kept in the page's link (/search?q=) travels into browser history, shared links and server
 * logs, so what identifies a person or grants access is masked first: e-mail addresses, phone
 * numbers, tokens and long ids. The matcher reads these as noise anyway (lib/match/mask), so the
 * masked link finds the same root cause. The rest (error text, statuses, timestamps) stays.
 */
export const URL_MASKS: Partial<Record<MaskKind | "phone" | "token", string>> = {
  email: "[email]",
  url: "[link]",
  guid: "[id]",
  id: "[id]",
  num: "[number]",
  ip: "[ip]",
  phone: "[phone]",
  token: "[token]",
};

/** Longest text kept in the link; a longer paste stays in this tab only (see README, Limits). */
export const MAX_URL_QUERY = 1800;

/** A word with digits shorter than this stays: "25000 records", "HTTP 429", "4XX" are the message. */
const LONG_ID = 8;

const extra: Array<["phone" | "token", RegExp]> = [
  // Bearer and basic credentials, JWTs, key=value secrets, long random strings.
  ["token", /\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}|\beyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]+){1,2}|\b(?:api[_-]?key|access[_-]?token|token|secret|password|pwd|sig)\s*[=:]\s*\S{4,}|\b[A-Za-z0-9_-]{32,}\b/gi],
  // +91 98765 43210, (555) 123-4567, 0044 20 7946 0958: 9 or more digits in phone punctuation.
  ["phone", /(?<![\w.])\+?\(?\d[\d\s().-]{7,}\d(?![\w.])/g],
];

interface Span {
  start: number;
  end: number;
  mask: string;
}

function digits(s: string): number {
  let n = 0;
  for (const c of s) if (c >= "0" && c <= "9") n++;
  return n;
}

export function maskForUrl(text: string): string {
  const spans: Span[] = [];
  for (const m of findMasks(text)) {
    // A timestamp or a host name stays as written, and keeps the word scan below off its digits.
    spans.push({ start: m.start, end: m.end, mask: URL_MASKS[m.kind] ?? text.slice(m.start, m.end) });
  }
  for (const [kind, re] of extra) {
    for (const m of text.matchAll(re)) {
      if (kind === "phone" && digits(m[0]) < 9) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, mask: URL_MASKS[kind] ?? "" });
    }
  }
  for (const m of text.matchAll(/[\p{L}\p{N}_-]+/gu)) {
    const kind = m[0].length >= LONG_ID ? wordMask(m[0]) : undefined;
    const mask = kind && URL_MASKS[kind];
    if (mask) spans.push({ start: m.index, end: m.index + m[0].length, mask });
  }
  // Earliest first, the longer of two at one place; anything overlapping a span already taken goes.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + s.mask;
    at = s.end;
  }
  return out + text.slice(at);
}

export type UrlQuery = { keep: "url"; q: string } | { keep: "tab" } | { keep: "none" };

/** What the link keeps of a query: the masked text, or nothing when it is too long (then the tab keeps it). */
export function urlQuery(text: string): UrlQuery {
  if (!text.trim()) return { keep: "none" };
  const q = maskForUrl(text);
  return q.length <= MAX_URL_QUERY ? { keep: "url", q } : { keep: "tab" };
}
