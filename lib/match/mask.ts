/**
 * Noise a pasted log line carries around its message: timestamps, dates, GUIDs, IPs and ports,
 * URIs, e-mail addresses and hostnames. Each is replaced by a mask so that a log line matches like
 * its bare message. The patterns are fixed (never built from user input) and bounded: no nested
 * quantifiers, so no catastrophic backtracking on hostile input.
 */
export type MaskKind = "url" | "email" | "guid" | "time" | "ip" | "host" | "num" | "id";

const hex = "[0-9a-fA-F]";
const patterns: Array<[MaskKind, string]> = [
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

const maskRe = new RegExp(patterns.map(([, src]) => `(${src})`).join("|"), "gu");

export interface MaskSpan {
  kind: MaskKind;
  start: number;
  end: number;
}

/** The spans of `text` that are noise, in order and non-overlapping. */
export function findMasks(text: string): MaskSpan[] {
  const spans: MaskSpan[] = [];
  // Every pattern needs a digit, "://", "@" or a dot before a letter: most catalog texts have none.
  if (!/\d|:\/\/|@|\.[a-z]/.test(text)) return spans;
  maskRe.lastIndex = 0;
  for (const m of text.matchAll(maskRe)) {
    if (m[0].length === 0) continue;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = patterns[group - 1]?.[0] ?? "id";
    spans.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** A word that is an identifier or a long number rather than language: masked like the spans above. */
export function wordMask(word: string): MaskKind | undefined {
  if (word.length < 6) return undefined;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits === 0) return undefined;
  return digits === word.length ? "num" : "id";
}
