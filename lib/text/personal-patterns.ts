/**
 * The patterns behind lib/text/personal-data: written once, read by the personal-data detector
 * and (the structural ones) by the matcher's masks (lib/match/mask). All are fixed (never built
 * from user input) and bounded: no nested unbounded quantifiers, so hostile input cannot make them
 * backtrack for long.
 */

/** What a log line carries around its message; the matcher masks these, the detector finds them too. */
export type StructuralKind = "url" | "email" | "guid" | "ip" | "time" | "host";

const hex = "[0-9a-fA-F]";

/** In the order the matcher's single alternation tries them (the first that matches at a place wins there). */
export const STRUCTURAL_PATTERNS: ReadonlyArray<readonly [StructuralKind, string]> = [
  ["url", String.raw`\b[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/[^\s"'<>()\[\]{}]*`],
  ["email", String.raw`[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}`],
  ["guid", `(?<!${hex})${hex}{8}-${hex}{4}-${hex}{4}-${hex}{4}-${hex}{12}(?!${hex})`],
  ["ip", String.raw`\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b`],
  ["ip", String.raw`\b(?:[0-9a-fA-F]{1,4}:){3,7}[0-9a-fA-F]{1,4}\b`],
  // Dates and log timestamps: 2024-03-14T10:22:31.123Z, 2024-05-02 08:14:07,552, 14-03-28 12:17:10.138
  [
    "time",
    String.raw`\b\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}\b)?`,
  ],
  ["time", String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:Z|\s?[AaPp][Mm]\b)?`],
  // host:port, and lowercase dotted hostnames (app-01.eu-west-1.compute.internal). CamelCase dotted
  // names such as Genesyslab.Platform.Commons are code, not hosts, and keep their words.
  ["host", String.raw`\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,6}:\d{2,5}\b`],
  ["host", String.raw`\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,6}\.[a-z]{2,24}\b`],
];

/**
 * Seven or more digits in phone-like groups: +44 20 7946 0958, (555) 123-4567, 0612345678,
 * 06.12.34.56.78. What such a run is (phone, card, plain number) is decided in code (digitRunKind).
 */
// Unbounded but linear: separators and digits never overlap, so a run parses one way only. A run
// may span a line break (a phone number wrapped over two lines is still masked whole); the price is
// that a number ending a log line joins the next line's timestamp (the old maskers did the same).
export const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s().-]{0,3}\d){6,}(?![\p{L}\p{N}])/gu;

/**
 * IPv6 with "::" (fe80::1ff:fe23:4567:890a, 2001:db8::8a2e:370:7334), which the matcher's full
 * form misses; it must hold a digit, so C++ names (std::move) stay words.
 */
export const IPV6_SHORT = /(?<![\w:])(?=[\w:]*\d)(?:[0-9a-fA-F]{1,4}:){1,7}:(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,6})?(?![\w:])|(?<![\w:])::(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}(?![\w:])/g;

/** 1 000 000, 1.500.000, 25,000,000: a number grouped by thousands, not a phone number. */
const THOUSANDS = /^[1-9]\d{0,2}(?:([ .,])\d{3})(?:\1\d{3})*$/;

/** A run DIGIT_RUN found, read as a phone number, a card-like number or a plain number. */
export function digitRunKind(run: string): "phone" | "card" | "num" {
  const digits = run.replace(/\D/g, "").length;
  const plain = /^\d+$/.test(run);
  if (THOUSANDS.test(run)) return "num";
  if (!run.startsWith("+") && digits >= 13) return "card";
  // A bare run of 7 digits is as often a count as a phone number: a long number, masked as one.
  return plain && digits < 8 ? "num" : "phone";
}

/** Words that announce a secret's value: password=..., "api_key": "...", Authorization: ... */
const KEY_WORDS = String.raw`pass(?:word|wd)?|pwd|secret|client[_-]?secret|token|access[_-]?token|api[_-]?key|apikey|access[_-]?key|auth(?:orization)?|bearer|basic|key|sig(?:nature)?|session(?:id)?`;

/**
 * A key word, then either ":" or "=" (group 2 holds it: a secret for sure) or only spaces or a quote (a word
 * that may be a secret: "token ghp_...", but also "token expired"), then the value (group 3). A
 * value that is itself "Bearer ..." or "Basic ..." is left to CREDENTIAL.
 */
export const KEYED_SECRET = new RegExp(
  String.raw`\b(${KEY_WORDS})\b(["']?\s{0,3}[:=]\s{0,3}["']?|(?=[\s"'])["']?\s{0,3}["']?)(?!(?:bearer|basic)\s)([^\s"']{3,})`,
  "giu",
);

/**
 * Strings that are keys or tokens by their shape: an HTTP credential (Bearer/Basic and its value),
 * a JWT, a key with a vendor's prefix (AWS, Stripe, GitHub, Slack, Google, SendGrid), 20+ characters
 * of key alphabet with a digit, or 32+ without.
 */
export const TOKEN_PATTERNS: readonly RegExp[] = [
  /\b(?:Bearer|Basic)\s{1,3}[A-Za-z0-9._~+/=-]{8,}/g,
  /\beyJ[\w-]{5,}\.[\w-]+(?:\.[\w-]*)?/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}|\bgh[pousr]_[A-Za-z0-9]{20,}|\bgithub_pat_\w{20,}|\bxox[abposr]-[A-Za-z0-9-]{10,}|\bAIza[\w-]{30,}|\bSG\.[\w-]{16,}\.[\w-]{16,}/g,
];

/** 20+ characters of key alphabet with a digit, or 32+ without (then pathLike tells an API path from a key). */
export const LONG_KEY = /(?<![\w+/=-])(?=[\w+/=-]{20,}(?![\w+/=-]))(?=[\w+/=-]*\d)[\w+/=-]+|(?<![\w+/=-])[\w+/=-]{32,}(?![\w+/=-])/g;

/** dispatch/questions/DP/Settings/Questionnaire: words joined by "/", no digit, no "+" or "=": a path, not a key. */
export const pathLike = (run: string): boolean =>
  run.includes("/") && !/[\d+=]/.test(run) && run.split("/").every((part) => part === "" || /^(?:[A-Z]?[a-z]+|[A-Z]{1,5})(?:[_-](?:[A-Z]?[a-z]+|[A-Z]{1,5}))*$/.test(part));

/**
 * 24+ characters of key alphabet and dots that mix cases or carry a digit. Mostly code
 * (System.Net.Http.HttpRequestException); the reply masker has always masked these.
 */
export const LONG_WORD = /[A-Za-z0-9_\-.=+/]{24,}/g;
/** System.Net.Http.HttpRequestException, java.net.SocketTimeoutException: dotted words of letters only, code that names no one. */
export const qualifiedCodeName = (run: string): boolean => /^[A-Za-z]{1,60}(?:\.[A-Za-z]{1,60}){1,12}$/.test(run);
export const looksLikeKey = (run: string): boolean => /\d/.test(run) || (/[a-z]/.test(run) && /[A-Z]/.test(run));

/** A word of letters, digits, "_" and "-": DSP20240314998877, batch_4471203. */
export const ID_WORD = /[\p{L}\p{N}\p{M}_-]+/gu;
/** Dates and log times (2024-03-14, 00:04:08.485) say when, not who. */
export const DATE_OR_TIME = /^\d{1,4}(?:[-/:.,]\d{1,4}){2,3}$/;

/** A word that is an identifier or a long number rather than language: 6+ characters with a digit. */
export function digitWordKind(word: string): "num" | "id" | undefined {
  if (word.length < 6) return undefined;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits === 0) return undefined;
  return digits === word.length ? "num" : "id";
}
