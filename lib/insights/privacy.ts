import { createHash } from "node:crypto";
import { findPersonalData, type PersonalKind } from "@/lib/text/personal-data";
import { MAX_EVENT_TEXT } from "./schema";

/**
 * What is kept of a paste or a comment: its masked, normalised text. The database keeps text for
 * months and the docs team reads it, so it masks every kind the detector (lib/text/personal-data)
 * finds, timestamps and host names included (they only split pastes that say the same thing), and
 * the word after a key word (token ..., key ...) even when it may be plain language, and long API
 * paths (as it always did). Code-like long words (class names) and versions stay: they are what the
 * docs team needs to read.
 */
const STORED_KINDS: ReadonlySet<PersonalKind> = new Set<PersonalKind>([
  "url", "email", "guid", "ip", "time", "host", "phone", "card", "token", "secret", "maybe-secret", "id", "num", "path",
]);
/** How a kind reads in the stored text: `<email>`, `<phone>`...; a maybe-secret reads as a secret. */
const STORED_LABEL: Partial<Record<PersonalKind, string>> = { "maybe-secret": "secret" };

const wordRe = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

function words(segment: string, out: string[]): void {
  for (const m of segment.matchAll(wordRe)) out.push(m[0].normalize("NFKC").toLowerCase());
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
  for (const span of findPersonalData(text, { kinds: STORED_KINDS })) {
    // A secret's key word (password, api_key) stays readable; its value is masked.
    const from = span.valueStart ?? span.start;
    words(text.slice(at, from), out);
    out.push(`<${STORED_LABEL[span.kind] ?? span.kind}>`);
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
