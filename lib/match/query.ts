import type { MatchIndex } from "./index-types";
import { isStopword, NEGATIONS, type Token } from "./text";
import * as tunables from "./tunables";
import { correct } from "./typo";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { PREFIX_CANDIDATES, PREFIX_MIN, QUALITY } = tunables;

/** One word of the paste, resolved against the catalog's vocabulary. */
export interface QueryWord {
  /** Stem id in the index, or -1 for a word the catalog never uses. */
  stem: number;
  /** 1 for the same word, less for another form of it or a typo. */
  quality: number;
  stop: boolean;
  number: boolean;
  token: Token;
  /** The original token this word came from (a compound like "setup" yields two words). */
  tokenIndex: number;
}

export { QUALITY };

/**
 * Completes the paste's last word when the user may still be typing it ("Max Record si"): among the
 * vocabulary words it starts, the one sharing the most texts with the other words, then the shortest.
 */
function complete(index: MatchIndex, prefix: string, context: ReadonlySet<number>): number | undefined {
  const ids = index.sortedWords;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.words[ids[mid] ?? 0] ?? "") < prefix) lo = mid + 1;
    else hi = mid;
  }
  let best: number | undefined;
  let bestKey = -Infinity;
  for (let i = lo; i < ids.length && i < lo + PREFIX_CANDIDATES; i++) {
    const word = index.words[ids[i] ?? 0] ?? "";
    if (!word.startsWith(prefix)) break;
    const s = index.wordStem[ids[i] ?? 0] ?? -1;
    const postings = index.stemFields[s] ?? [];
    let shared = 0;
    for (let k = 0; k < postings.length; k += 2) {
      if (k > 0 && postings[k - 2] === postings[k]) continue;
      if (index.fields[postings[k] ?? 0]?.unique.some((u) => context.has(u))) shared++;
    }
    const key = shared * 1000 - word.length;
    if (key > bestKey) {
      bestKey = key;
      best = s;
    }
  }
  return best;
}

function resolve(index: MatchIndex, word: string): Array<{ stem: number; quality: number }> {
  const w = index.wordIds.get(word);
  // An HTTP status (401, 503) is also its class as the catalog writes it (4XX, 5XX).
  const cls = /^[45]\d\d$/.test(word) ? index.wordIds.get(`${word[0]}xx`) : undefined;
  if (cls !== undefined && w === undefined) return [{ stem: index.wordStem[cls] ?? -1, quality: QUALITY.stem }];
  // isn't, doesn't: "not", when the catalog never writes the contraction itself (it writes can't, so can't stays can't).
  const not = w === undefined && NEGATIONS.has(word) ? index.wordIds.get("not") : undefined;
  if (not !== undefined) return [{ stem: index.wordStem[not] ?? -1, quality: QUALITY.exact }];
  // A glossary word (admin, DLR, nahi) reads as its term's words, besides any reading of its own.
  const term = index.glossary.get(word)?.map((stem) => ({ stem, quality: QUALITY.glossary })) ?? [];
  if (term.length > 0) return w === undefined ? term : [{ stem: index.wordStem[w] ?? -1, quality: QUALITY.exact }, ...term];
  const parts = index.compounds.get(word);
  if (w !== undefined) {
    const exact = { stem: index.wordStem[w] ?? -1, quality: QUALITY.exact };
    // "setup" is a word here, and also "set-up" written together: offer both readings.
    return parts ? [exact, ...parts.map((p) => ({ stem: p, quality: QUALITY.compound }))] : [exact];
  }
  const s = index.stemIds.get(index.analyzer.stem(word));
  if (s !== undefined) return [{ stem: s, quality: QUALITY.stem }];
  if (parts) return parts.map((p) => ({ stem: p, quality: QUALITY.compound }));
  // Function words are never typos of catalog words ("the" is not "then").
  const fix = isStopword(word, index.analyzer.stem) ? undefined : correct(word, index.words, index.deletions);
  if (fix) return [{ stem: index.wordStem[fix.word] ?? -1, quality: fix.distance === 1 ? QUALITY.typo1 : QUALITY.typo2 }];
  return [{ stem: -1, quality: 0 }];
}

/**
 * The paste's words in order, masks dropped, each resolved to a catalog stem. Adjacent pieces
 * that the catalog writes as one word (e-mail → email) are joined first.
 */
export function analyseQuery(index: MatchIndex, text: string): { tokens: Token[]; words: QueryWord[] } {
  const tokens = index.analyzer.tokenize(text);
  const words: QueryWord[] = [];
  const cache = new Map<string, { resolved: Array<{ stem: number; quality: number }>; stop: boolean; number: boolean }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.mask) continue;
    // A glossary phrase ("on hold", "switched off") reads as its term's words, in place of its own.
    const phrase = index.glossaryPhrases.get(t.text)?.find((p) => p.rest.every((w, j) => !tokens[i + 1 + j]?.mask && tokens[i + 1 + j]?.text === w));
    if (phrase) {
      const end = tokens[i + phrase.rest.length] ?? t;
      const token = { ...t, end: end.end, raw: text.slice(t.start, end.end) };
      for (const stem of phrase.term) words.push({ stem, quality: QUALITY.glossary, stop: false, number: false, token, tokenIndex: i });
      i += phrase.rest.length;
      continue;
    }
    const next = tokens[i + 1];
    if (next && !next.mask && (next.start === t.end || (next.start === t.end + 1 && text[t.end] === "-"))) {
      const joined = t.text + next.text;
      const w = index.wordIds.get(joined);
      // Join only when a piece means nothing on its own here (e-mail → email); set-up stays "set up".
      if (w !== undefined && (!index.wordIds.has(t.text) || !index.wordIds.has(next.text))) {
        words.push({ stem: index.wordStem[w] ?? -1, quality: QUALITY.compound, stop: false, number: false, token: { ...t, end: next.end, raw: t.raw + next.raw }, tokenIndex: i });
        i++;
        continue;
      }
    }
    let known = cache.get(t.text);
    if (!known) {
      known = { resolved: resolve(index, t.text), stop: isStopword(t.text, index.analyzer.stem), number: /^\d+$/.test(t.text) };
      cache.set(t.text, known);
    }
    for (const r of known.resolved) {
      words.push({ stem: r.stem, quality: r.quality, stop: known.stop, number: known.number, token: t, tokenIndex: i });
    }
  }
  const last = words[words.length - 1];
  if (last && last.stem < 0 && !last.number && last.token.text.length >= PREFIX_MIN && last.token.end === text.length) {
    const context = new Set(words.filter((w) => w.stem >= 0 && !w.stop).map((w) => w.stem));
    const s = complete(index, last.token.text, context);
    if (s !== undefined) words[words.length - 1] = { ...last, stem: s, quality: QUALITY.prefix };
  }
  return { tokens, words };
}

/** How much a word of the paste weighs when asking "how much of this text does a scenario explain". */
export function wordWeight(index: Pick<MatchIndex, "idf" | "unknownWeight">, w: QueryWord): number {
  if (w.stop) return 0;
  if (w.stem < 0) return w.number ? 1 : index.unknownWeight;
  // A corrected typo is partly an unknown word: "went" is one letter from "sent" and means nothing here.
  const idf = index.idf[w.stem] ?? index.unknownWeight;
  return w.quality * idf + (1 - w.quality) * index.unknownWeight;
}
