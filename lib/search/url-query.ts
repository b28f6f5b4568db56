import { findPersonalData, replaceSpans, type PersonalKind, type PersonalSpan } from "@/lib/text/personal-data";

/**
 * A paste kept in the page's link (/search?q=) travels into browser history, shared links and server
 * logs, so what identifies a person or grants access is masked first (lib/text/personal-data finds
 * it): e-mail addresses, phone and card numbers, tokens and secrets (with their key word), IP
 * addresses, URLs and long ids. The matcher reads these as noise anyway (lib/match/mask), so the
 * masked link finds the same root cause. The rest stays as written, because the link is re-read by
 * the matcher and by the person: error text, statuses, timestamps and host names (a server's name,
 * not a person's), class names, versions and numbers shorter than LONG_ID (limits such as 250000).
 */
export const URL_MASKS: Partial<Record<PersonalKind, string>> = {
  email: "[email]",
  url: "[link]",
  guid: "[id]",
  id: "[id]",
  num: "[number]",
  card: "[number]",
  ip: "[ip]",
  phone: "[phone]",
  token: "[token]",
  secret: "[token]",
};
const URL_KINDS: ReadonlySet<PersonalKind> = new Set(Object.keys(URL_MASKS) as PersonalKind[]);

/** Longest text kept in the link; a longer paste stays in this tab only (see README, Limits). */
export const MAX_URL_QUERY = 1800;

/** A word with digits shorter than this stays: "250000 records", "E11000" are the message, and too short to single anyone out. */
const LONG_ID = 8;

const shortNumber = (s: PersonalSpan, text: string) =>
  (s.kind === "id" || s.kind === "num") && text.slice(s.start, s.end).length < LONG_ID;

export function maskForUrl(text: string): string {
  const spans = findPersonalData(text, { kinds: URL_KINDS, keep: shortNumber });
  return replaceSpans(text, spans, (s) => URL_MASKS[s.kind]);
}

export type UrlQuery = { keep: "url"; q: string } | { keep: "tab" } | { keep: "none" };

/** What the link keeps of a query: the masked text, or nothing when it is too long (then the tab keeps it). */
export function urlQuery(text: string): UrlQuery {
  if (!text.trim()) return { keep: "none" };
  const q = maskForUrl(text);
  return q.length <= MAX_URL_QUERY ? { keep: "url", q } : { keep: "tab" };
}
