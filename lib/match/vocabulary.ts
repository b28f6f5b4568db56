import type { Analyzer } from "./analyzer";
import { isStopword, type Token } from "./text";

/** The catalog's words and stems as ids, grown as texts are read: ids are given in reading order. */
export interface Vocabulary {
  stems: string[];
  stemIds: Map<string, number>;
  words: string[];
  wordStem: number[];
  wordIds: Map<string, number>;
  /** Joined forms of hyphenated or camelCase words (setup → set up, nullchecks → null checks). */
  compounds: Map<string, number[]>;
  isStop: (word: string) => boolean;
  /** A text's unmasked tokens and their stem ids, registering new words, stems and compounds. */
  analyse: (text: string) => { tokens: Token[]; ids: number[] };
}

export function createVocabulary(analyzer: Analyzer): Vocabulary {
  const { tokenize, stem } = analyzer;
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  const words: string[] = [];
  const wordStem: number[] = [];
  const wordIds = new Map<string, number>();
  const compounds = new Map<string, number[]>();
  const stopWords = new Map<string, boolean>();
  const isStop = (word: string) => {
    let stop = stopWords.get(word);
    if (stop === undefined) stopWords.set(word, (stop = isStopword(word, stem)));
    return stop;
  };
  const stemOf = (word: string) => {
    const known = wordIds.get(word);
    if (known !== undefined) return wordStem[known] ?? 0;
    const s = stem(word);
    let id = stemIds.get(s);
    if (id === undefined) {
      id = stems.length;
      stems.push(s);
      stemIds.set(s, id);
    }
    if (!wordIds.has(word)) {
      wordIds.set(word, words.length);
      words.push(word);
      wordStem.push(id);
    }
    return id;
  };
  const analyse = (text: string) => {
    const tokens = tokenize(text).filter((t) => !t.mask);
    const ids = tokens.map((t) => stemOf(t.text));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || isStop(a.text) || isStop(b.text)) continue;
      const gap = text.slice(a.end, b.start);
      if (gap === "" || gap === "-" || gap === "_") compounds.set(a.text + b.text, [ids[i] ?? 0, ids[i + 1] ?? 0]);
    }
    return { tokens, ids };
  };
  return { stems, stemIds, words, wordStem, wordIds, compounds, isStop, analyse };
}
