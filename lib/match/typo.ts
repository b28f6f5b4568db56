/**
 * Typo tolerance for single words (Recrod → record, Wating → waiting): a symmetric delete index
 * (each vocabulary word and its one-letter deletions) proposes candidates, and the optimal string
 * alignment distance (Levenshtein plus adjacent transpositions) confirms them.
 */

import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { MIN_TYPO_LENGTH, SHORT_WORD } = tunables;

export { MIN_TYPO_LENGTH };

/** Same letters, two neighbours swapped: tset/test. */
function swapped(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n]!;
}

/** How many edits a word of this length may carry and still count as that word. */
export function allowedEdits(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  return length >= 8 ? 2 : 1;
}

/** Maps each deletion variant to the vocabulary words it came from. */
export function buildDeletionIndex(words: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    const list = index.get(key);
    if (list) {
      if (list[list.length - 1] !== id) list.push(id);
    } else index.set(key, [id]);
  };
  words.forEach((word, id) => {
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return;
    add(word, id);
    for (const d of deletions(word)) add(d, id);
  });
  return index;
}

export interface Correction {
  word: number;
  distance: number;
}

/** The closest vocabulary word within the allowed edits, preferring the same first letter. */
export function correct(word: string, words: readonly string[], index: Map<string, number[]>): Correction | undefined {
  // A three-letter word may only be missing a letter (snt → sent); shorter ones are never corrected.
  const three = word.length === MIN_TYPO_LENGTH - 1;
  const max = three ? 1 : allowedEdits(word.length);
  if (max === 0 || /\d/.test(word)) return undefined;
  let best: Correction | undefined;
  let bestRank = Infinity;
  const tried = new Set<number>();
  const consider = (key: string) => {
    const ids = index.get(key);
    if (!ids) return;
    for (const id of ids) {
      if (tried.has(id)) continue;
      tried.add(id);
      const candidate = words[id] ?? "";
      if (three && candidate.length !== MIN_TYPO_LENGTH) continue;
      const limit = Math.min(max, allowedEdits(candidate.length));
      if (Math.abs(candidate.length - word.length) > limit) continue;
      const distance = editDistance(word, candidate, limit);
      if (distance > limit) continue;
      // In short words a changed letter is usually another real word (went/sent, want/rent); swapped or
      // missing letters (sned, tset, queu) are typos.
      if (word.length <= SHORT_WORD && candidate.length === word.length && !swapped(word, candidate)) continue;
      const rank = distance * 2 + (candidate.charCodeAt(0) === word.charCodeAt(0) ? 0 : 1);
      if (rank < bestRank) {
        bestRank = rank;
        best = { word: id, distance };
      }
    }
  };
  consider(word);
  for (let i = 0; i < word.length; i++) consider(word.slice(0, i) + word.slice(i + 1));
  return best;
}
