// A catalog text found in the paste, weighed as evidence for its scenario (rank() in diagnose.ts).
import { explainedShare, KIND_WEIGHT, type OverlapHit } from "./bow";
import type { Field, MatchIndex } from "./index-types";
import type { PhraseHit } from "./phrase";
import type { QueryWord } from "./query";
import { aloneOnLine, countStatus, linesOf, sameCase, STATUS_KEYS, statusContext } from "./status";
import * as tunables from "./tunables";
import type { Why } from "./types";
import { spanOf } from "./why";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { EXTRA_WORD_SPECIFICITY, ONE_WORD_CAP, RECORD_MAX, SAME_CASE_BONUS, SEVERAL_WORDS_FLOOR, STATUS_BASE, STATUS_RECORD, VERBATIM_FROM, VERBATIM_RAMP } = tunables;

export interface Evidence {
  score: number;
  why: Why;
  phrase?: PhraseHit;
  overlap?: OverlapHit;
  /** For a status name used as a status: how many times the paste shows it. */
  status?: number;
}

/**
 * Share of the words around a hit, outside the hit itself, that the scenario's words explain; 1 when
 * there is nothing else. Around means the hit's lines, or with `record` the whole of a short paste
 * (a form or a table: "Type: SMS / State: WAITING / Sent by: Mambu").
 */
function support(index: MatchIndex, doc: number, words: readonly QueryWord[], hit: PhraseHit, record = false): number {
  const lines = record && words.length <= RECORD_MAX ? { from: 0, to: words.length } : linesOf(words, hit.first, hit.last);
  // The word "status" or "state" only says a status follows: it is no system's vocabulary.
  const rest = words
    .slice(lines.from, lines.to)
    .filter((w, i) => (i + lines.from < hit.first || i + lines.from > hit.last) && !STATUS_KEYS.has(w.token.text));
  if (!rest.some((w) => !w.stop && !w.number)) return 1;
  return explainedShare(index, doc, rest, { from: 0, to: rest.length });
}

/**
 * A catalog text found in the paste. A specific text (several rare words in order) is evidence on
 * its own; a generic one (a single common word such as "waiting") needs the words around it to
 * point to the same scenario, or to be used as a status: "status=Sent", "State: WAITING".
 */
export function phraseEvidence(
  index: MatchIndex,
  text: string,
  words: readonly QueryWord[],
  hit: PhraseHit,
  mentioned: Set<string>,
  counts: Map<string, number>,
): Evidence | undefined {
  const field = index.fields[hit.field];
  if (!field) return undefined;
  // A code identifier (backOffDelay, SENDING_ASYNC) is found whole or not at all: ImagePullBackOff is not backOffDelay.
  if (field.code && hit.coverage < 1) return undefined;
  const around = support(index, field.doc, words, hit);
  const why: Why = { kind: field.kind, text: field.text, span: spanOf(words, hit.first, hit.last) };
  const systemNamed = mentioned.has(index.docs[field.doc]?.system ?? "");
  const context = { caps: field.caps, alone: aloneOnLine(words, hit), systemNamed, text, asWritten: sameCase(words, hit, field.text) };
  if (field.kind === "status" && statusContext(words, hit, context)) {
    const record = support(index, field.doc, words, hit, true);
    // Written exactly as the catalog writes it (SENT for SENT, Sent for Sent) breaks a tie between systems.
    const asWritten = sameCase(words, hit, field.text) ? SAME_CASE_BONUS : 0;
    return { score: hit.coverage * (STATUS_BASE + STATUS_RECORD * record) + asWritten, why, phrase: hit, status: count(counts, words, field) };
  }
  const content = field.stop.filter((s) => !s).length;
  const specific = Math.min(1, (field.weight * (1 + EXTRA_WORD_SPECIFICITY * (Math.min(content, 3) - 1))) / index.refWeight);
  // A text of several words found nearly verbatim is the scenario's own wording: trust it whatever
  // surrounds it. A single word (or a status name used in prose) must be backed by its surroundings.
  const verbatim = Math.max(0, Math.min(1, (hit.coverage - VERBATIM_FROM) / VERBATIM_RAMP));
  const floor = content >= 2 && field.kind !== "status" ? SEVERAL_WORDS_FLOOR * verbatim : 0;
  // Specificity vouches for a text found whole; a text found in part leans on its surroundings.
  const backing = Math.max(verbatim * specific, around ** 2);
  const score = KIND_WEIGHT[field.kind] * hit.coverage ** 2 * (floor + (1 - floor) * backing);
  // One word, not used as a status, never outranks a status or a text of several words.
  if (content < 2) return { score: Math.min(score, ONE_WORD_CAP), why: { ...why, kind: "words" }, phrase: hit };
  return { score, why: field.kind === "status" ? { ...why, kind: "signature" } : why, phrase: hit };
}

/** countStatus once per status text in a paste: many scenarios may share one status name. */
function count(cache: Map<string, number>, words: readonly QueryWord[], field: Field): number {
  const key = `${field.caps ? 1 : 0}${field.text}`;
  let n = cache.get(key);
  if (n === undefined) cache.set(key, (n = countStatus(words, field)));
  return n;
}
