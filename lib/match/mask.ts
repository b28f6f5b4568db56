import { digitWordKind, STRUCTURAL_PATTERNS, type StructuralKind } from "@/lib/text/personal-patterns";

/**
 * Noise a pasted log line carries around its message: timestamps, dates, GUIDs, IPs and ports,
 * URIs, e-mail addresses and hostnames. Each is replaced by a mask so that a log line matches like
 * its bare message. The patterns live in lib/text/personal-patterns (fixed and bounded).
 */
export type MaskKind = StructuralKind | "num" | "id";

// The patterns are written once, in lib/text (the personal-data detector finds the same spans).
const patterns: ReadonlyArray<readonly [MaskKind, string]> = STRUCTURAL_PATTERNS;

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
export const wordMask: (word: string) => MaskKind | undefined = digitWordKind;
