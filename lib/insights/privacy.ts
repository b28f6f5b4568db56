import { createHash } from "node:crypto";
import { findMasks, wordMask, type MaskSpan } from "@/lib/match/mask";
import { MAX_EVENT_TEXT } from "./schema";

/**
 * What is kept of a paste or a comment: its masked, normalised text. lib/match's masks (URLs,
 * e-mail addresses, GUIDs, IPs, times, hosts, long ids and numbers) plus the ones only privacy
 * needs: phone numbers, secrets after a key word (password=, Bearer ...), and tokens (JWTs, long
 * random strings). Overlapping spans are merged, so a span any pattern finds is masked whole.
 */
type Kind = MaskSpan["kind"] | "phone" | "secret" | "token";
interface Span {
  kind: Kind;
  start: number;
  end: number;
}

const extra: Array<[Kind, RegExp]> = [
  // +44 20 7946 0958, (555) 123-4567, 0612345678: seven or more digits in phone-like groups.
  ["phone", /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s().-]{0,3}\d){6,16}(?![\p{L}\p{N}])/gu],
  // The value after a word that announces a secret.
  ["secret", /(?<=\b(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth(?:orization)?|bearer|basic|key|sig(?:nature)?|session(?:id)?)\b["']?\s{0,3}[:=]?\s{0,3}["']?)[^\s"',;]{3,}/giu],
  ["token", /\beyJ[\w-]{5,}\.[\w-]{5,}(?:\.[\w-]*)?/g],
  // 20+ characters of key alphabet with at least one digit, or 32+ without.
  ["token", /(?<![\w+/=-])(?=[\w+/=-]{20,}(?![\w+/=-]))(?=[\w+/=-]*\d)[\w+/=-]+|(?<![\w+/=-])[\w+/=-]{32,}(?![\w+/=-])/g],
];

function spansOf(text: string): Span[] {
  const spans: Span[] = findMasks(text).map((s) => ({ ...s }));
  for (const [kind, re] of extra) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) if (m[0].length > 0) spans.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      if (s.end - s.start > last.end - last.start) last.kind = s.kind;
      last.end = Math.max(last.end, s.end);
    } else merged.push({ ...s });
  }
  return merged;
}

const wordRe = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

function words(segment: string, out: string[]): void {
  for (const m of segment.matchAll(wordRe)) {
    const mask = wordMask(m[0]);
    out.push(mask ? `<${mask}>` : m[0].normalize("NFKC").toLowerCase());
  }
}

/**
 * The masked, normalised form of a paste: lower-case words and `<kind>` masks separated by single
 * spaces, at most MAX_EVENT_TEXT characters. When the paste was cut, its last word is dropped too:
 * it may be half of an address that no pattern could recognise any more.
 */
export function maskText(input: string): string {
  const cut = input.length > MAX_EVENT_TEXT * 2;
  const text = cut ? input.slice(0, MAX_EVENT_TEXT * 2) : input;
  const out: string[] = [];
  let at = 0;
  for (const span of spansOf(text)) {
    words(text.slice(at, span.start), out);
    out.push(`<${span.kind}>`);
    at = span.end;
  }
  words(text.slice(at), out);
  if (cut) out.pop();
  let joined = out.join(" ");
  if (joined.length > MAX_EVENT_TEXT) joined = joined.slice(0, joined.lastIndexOf(" ", MAX_EVENT_TEXT));
  return joined;
}

/** A short stable hash of masked text, to group identical pastes. */
export function textHash(masked: string): string {
  return createHash("sha256").update(masked).digest("hex").slice(0, 32);
}

/** A visitor for one day: the day's random salt with the client's address and browser; never reversible to either. */
export function visitorHash(salt: string, address: string, userAgent: string): string {
  return createHash("sha256").update(`${salt}\n${address}\n${userAgent}`).digest("hex").slice(0, 24);
}

/** Do Not Track and Global Privacy Control: either one means no events are recorded for this request. */
export function optedOut(headers: Headers): boolean {
  return headers.get("dnt") === "1" || headers.get("sec-gpc") === "1";
}
