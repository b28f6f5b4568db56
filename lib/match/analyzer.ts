import porter2 from "wink-porter2-stemmer";
import { tokenize, type Token } from "./text";

/**
 * How the matcher reads text into words: the seam through which a tokenizer and a stemmer are
 * passed in (buildMatchIndex(docs, { analyzer })), as Orama does. The index and every paste are
 * read by the same analyzer, kept on the index.
 */
export interface Analyzer {
  /** Words and masks with their offsets in the text (see text.ts). */
  tokenize: (text: string) => Token[];
  /** A lower-case, accent-free word to its stem; words that meet (paused, pauses) share one. */
  stem: (word: string) => string;
}

/**
 * Porter 2 (the Snowball English stemmer, via wink-porter2-stemmer), then a final "e" dropped so
 * that queue and queued meet as pause and paused do. Words with digits (4xx, sms2) stay as written.
 */
export function englishStem(input: string): string {
  const word = IRREGULAR.get(input) ?? input;
  // Porter 2's regular expressions cost far more on a hostile 60 KB "word"; no English word is that long.
  if (word.length <= 3 || word.length > MAX_STEM_LENGTH || /[^a-z]/.test(word)) return word;
  const s = porter2(word);
  return s.length > 3 && s.endsWith("e") ? s.slice(0, -1) : s;
}

/**
 * Irregular verb forms Porter 2 leaves apart (found/find, thrown/throw), read as their base form.
 * Not sent/send: "Sent" and "To send" are two different statuses in the catalog.
 */
const IRREGULAR = new Map(
  Object.entries({
    found: "find", went: "go", gone: "go", ran: "run", threw: "throw", thrown: "throw", lost: "lose",
    broke: "break", broken: "break", kept: "keep", made: "make", gave: "give", given: "give", told: "tell",
    paid: "pay", brought: "bring", built: "build", caught: "catch", chose: "choose", chosen: "choose",
    fell: "fall", fallen: "fall", took: "take", taken: "take", wrote: "write", written: "write",
    knew: "know", known: "know", began: "begin", begun: "begin", stuck: "stick", hung: "hang", sold: "sell",
  }),
);

/** Longer words are left as written: none in English needs stemming, and a hostile one must stay cheap. */
const MAX_STEM_LENGTH = 40;

export const defaultAnalyzer: Analyzer = { tokenize, stem: englishStem };
