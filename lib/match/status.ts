import type { Field } from "./index-types";
import type { Unit } from "./bow";
import type { PhraseHit } from "./phrase";
import type { QueryWord } from "./query";
import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { HEADER_LOOKBACK } = tunables;

/** Words that say a status name is one: "status=Sent", "State: WAITING", a table's Status column. */
// With the words for status that users mixing French, Spanish, German or Italian write.
export const STATUS_KEYS = new Set(["status", "state", "statut", "estado", "zustand", "stato"]);

/** The words of the lines a hit is on. */
export function linesOf(words: readonly QueryWord[], first: number, last: number): Unit {
  const top = words[first]?.token.line ?? 0;
  const bottom = words[last]?.token.line ?? 0;
  let from = first;
  let to = last + 1;
  while (from > 0 && (words[from - 1]?.token.line ?? -1) >= top) from--;
  while (to < words.length && (words[to]?.token.line ?? Infinity) <= bottom) to++;
  return { from, to };
}

/** What else tells whether a status name in the paste is used as that status. */
export interface StatusClues {
  /** The catalog writes this status in capitals (FAILED). */
  caps: boolean;
  /** Nothing else is on its line. */
  alone: boolean;
  /** The paste names the status's system (Mambu...). */
  systemNamed: boolean;
  /** The paste, for reading a table around the status. */
  text: string;
  /** Written exactly as the catalog writes it (Sent for Sent, SENT for SENT). */
  asWritten?: boolean;
}

/**
 * Is this status name used as a status here: right after "status"/"state", in a table's Status
 * column, in capitals as its system writes it, or on its own?
 */
export function statusContext(words: readonly QueryWord[], hit: PhraseHit, clues: StatusClues): boolean {
  const upper = words.slice(hit.first, hit.last + 1).every((w) => w.token.raw === w.token.raw.toUpperCase());
  // Part of a longer identifier (PRECONDITION_FAILED, SENT_AT) is not the status itself.
  const start = words[hit.first]?.token.start ?? 0;
  const end = words[hit.last]?.token.end ?? 0;
  if (/[\p{L}\p{N}_]/u.test(clues.text[start - 1] ?? "") || /[\p{L}\p{N}_]/u.test(clues.text[end] ?? "")) return false;
  // A status its system writes in capitals (FAILED) is that status when written so, or when the paste
  // names the system; "Status: Failed - payment declined" is somebody else's.
  if (clues.caps && !upper) {
    if (!clues.systemNamed) return false;
  } else if (clues.caps && hit.verbatim) return true;
  // Capitalised as its system writes it, in a paste naming that system: "salió como Sent en Autologyx".
  if (clues.asWritten && clues.systemNamed && /^\p{Lu}/u.test(words[hit.first]?.token.raw ?? "")) return true;
  // The word right before, skipping function words: "status=Sent", "Status: Not sent", "state is FAILED".
  for (let p = hit.first - 1; p >= Math.max(0, hit.first - 3); p--) {
    const w = words[p];
    if (!w) break;
    if (STATUS_KEYS.has(w.token.text)) return true;
    if (!w.stop) break;
  }
  return clues.alone || inStatusColumn(clues.text, start);
}

/** In a pasted table ("Subject | Status" above "Invoice | Not sent"), is this offset in the Status column? */
export function inStatusColumn(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset) < 0 ? text.length : text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd);
  const separator = line.includes("|") ? "|" : line.includes("\t") ? "\t" : undefined;
  if (!separator) return false;
  const column = text.slice(lineStart, offset).split(separator).length - 1;
  let end = lineStart - 1;
  for (let k = 0; k < HEADER_LOOKBACK && end > 0; k++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const cell = text.slice(start, end).split(separator)[column];
    if (cell !== undefined && STATUS_KEYS.has(cell.trim().toLowerCase())) return true;
    end = start - 1;
  }
  return false;
}

export function sameCase(words: readonly QueryWord[], hit: PhraseHit, text: string): boolean {
  const written = words.slice(hit.first, hit.last + 1).map((w) => w.token.raw).join(" ");
  return written === (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** Nothing else on the hit's lines but function words and numbers: "Sent", or "Not sent" on its own. */
export function aloneOnLine(words: readonly QueryWord[], hit: PhraseHit): boolean {
  const lines = linesOf(words, hit.first, hit.last);
  for (let i = lines.from; i < lines.to; i++) {
    const w = words[i];
    if (w && (i < hit.first || i > hit.last) && !w.stop && !w.number) return false;
  }
  return true;
}

/** How many times a status name appears word for word (in capitals when it is written so). */
export function countStatus(words: readonly QueryWord[], field: Field): number {
  let count = 0;
  for (let p = 0; p + field.stems.length <= words.length; p++) {
    const ok = field.stems.every((s, j) => {
      const w = words[p + j];
      return !!w && w.stem === s && (!field.caps || w.token.raw === w.token.raw.toUpperCase());
    });
    if (ok) count++;
  }
  return count;
}
