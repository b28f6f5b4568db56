import type { MatchDoc } from "./docs";
import { indexLimit, limitWordIndex, type IndexedLimit, type LimitWordStart } from "./limits";
import { defaultAnalyzer, type Analyzer } from "./analyzer";
import { isStopword, type Token } from "./text";
import * as tunables from "./tunables";
import { buildDeletionIndex } from "./typo";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { BACKGROUND, RARITY_SCALE, REF_FACTOR, STOPWORD_WEIGHT, THRESHOLD_FLOOR } = tunables;

export type FieldKind = "signature" | "status" | "title" | "symptom" | "summary" | "fact" | "step";

/** One text of a scenario (a signature, its title, a symptom...) as stem ids. */
export interface Field {
  doc: number;
  kind: FieldKind;
  text: string;
  stems: number[];
  stop: boolean[];
  /** Its content stems, each once. */
  unique: number[];
  /** Sum of the words' weights: idf for content words, a little for function words. */
  weight: number;
  /** Written in capitals, like Mambu's SENT or FAILED. */
  caps: boolean;
  /** One code identifier of several parts (backOffDelay, SENDING_ASYNC): found whole or not at all. */
  code: boolean;
}

export interface MatchIndex {
  /** The tokenizer and stemmer the index was built with; pastes are read with the same. */
  analyzer: Analyzer;
  docs: MatchDoc[];
  fields: Field[];
  stems: string[];
  idf: number[];
  /** Weight of a word the catalog never uses: as rare as it gets. */
  unknownWeight: number;
  /** A text lighter than this is generic: covering all of it is weak evidence on its own. */
  refWeight: number;
  words: string[];
  /** Word ids in alphabetical order, to complete a word still being typed. */
  sortedWords: number[];
  wordStem: number[];
  wordIds: Map<string, number>;
  stemIds: Map<string, number>;
  /** Joined forms of hyphenated or camelCase words (setup → set up, nullchecks → null checks). */
  compounds: Map<string, number[]>;
  deletions: Map<string, number[]>;
  /** Each scenario's words, weighted by where they occur: its own texts 1, remedy and context less. */
  docStems: Array<Map<number, number>>;
  docFields: number[][];
  stemDocs: number[][];
  /** stem → flat [field, position, field, position...] */
  stemFields: number[][];
  /** Status names the catalog knows (lower case), to find a pasted table's status column. */
  statusNames: Set<string>;
  /**
   * Word weights as a catalog of RARITY_SCALE scenarios would have them, for a bigger catalog: rarity
   * counted against RARITY_SCALE scenarios and no word below one all of them use. A paste's best
   * word-overlap match must clear the threshold with these too, so that scenarios added about other
   * things (which make every word rarer, and the words they share commoner) do not raise chance matches.
   */
  fixed?: Weights & { fieldWeight: number[] };
  /** Scores below this are no match: calibrated when the index is built (calibrate.ts). */
  threshold: number;
  /** A word users write (folded, lower case) → the stems of the catalog's term it stands for. */
  glossary: Map<string, number[]>;
  /** A glossary word whose term is one of its system's aliases (comms → communication log → Mambu): it names that system. */
  glossaryNames: Map<string, string>;
  /** A phrase users write ("on hold"), by its first word → the rest of its words and its term's stems. */
  glossaryPhrases: Map<string, Array<{ rest: string[]; term: number[] }>>;
  /** Every scenario's declared numbers, durations in seconds. */
  limits: IndexedLimit[];
  /** A pasted word → the limits whose words it may start (see limitWordIndex). */
  limitWords: Map<string, LimitWordStart[]>;
  /** system → its aliases, lower case with single spaces, for substring search in the paste. */
  systemAliases: Map<string, string[]>;
}

/** What word-overlap scoring reads of the index's weights. */
export interface Weights {
  idf: number[];
  unknownWeight: number;
  refWeight: number;
  /** Each field's weight, when not its own `weight`. */
  fieldWeight?: number[];
}

export { STOPWORD_WEIGHT };
const kindsOf = (doc: MatchDoc): Array<[FieldKind, string]> => {
  const sigs = doc.signatures.map((s): [FieldKind, string] => [statusOf(doc, s) ? "status" : "signature", s]);
  const extra = doc.statuses
    .filter((s) => !doc.signatures.some((g) => g.toLowerCase() === s.toLowerCase()))
    .map((s): [FieldKind, string] => ["status", s]);
  return [
    ...sigs,
    ["title", doc.title],
    ...extra,
    ...doc.symptoms.map((s): [FieldKind, string] => ["symptom", s]),
    ["summary", doc.summary],
    ...doc.facts.map((s): [FieldKind, string] => ["fact", s]),
    ...doc.steps.map((s): [FieldKind, string] => ["step", s]),
  ];
};

function statusOf(doc: MatchDoc, text: string): boolean {
  return doc.statuses.some((s) => s.toLowerCase() === text.toLowerCase());
}

export function aliasKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
}

export interface BuildOptions {
  /** Tokenizer and stemmer (default: text.ts's tokenizer and Porter 2). */
  analyzer?: Analyzer;
}

/** The index without its calibrated threshold: buildMatchIndex (calibrate.ts) is what callers use. */
export function buildBaseIndex(docs: readonly MatchDoc[], options: BuildOptions = {}): MatchIndex {
  const analyzer = options.analyzer ?? defaultAnalyzer;
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

  const fields: Field[] = [];
  const docStems: Array<Map<number, number>> = [];
  const systemAliases = new Map<string, string[]>();
  docs.forEach((doc, d) => {
    const vocab = new Map<number, number>();
    const know = (tokens: readonly Token[], ids: readonly number[], weight: number) =>
      ids.forEach((id, i) => !isStop(tokens[i]?.text ?? "") && vocab.set(id, Math.max(weight, vocab.get(id) ?? 0)));
    for (const [kind, text] of kindsOf(doc)) {
      const { tokens, ids } = analyse(text);
      if (ids.length === 0) continue;
      know(tokens, ids, kind === "fact" || kind === "step" ? BACKGROUND : 1);
      const letters = text.replace(/[^\p{L}]/gu, "");
      fields.push({
        doc: d,
        kind,
        text,
        stems: ids,
        stop: tokens.map((t) => isStop(t.text)),
        unique: [...new Set(ids.filter((_, i) => !isStop(tokens[i]?.text ?? "")))],
        weight: 0,
        caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        code: !/\s/.test(text.trim()) && ids.length > 1,
      });
    }
    for (const text of [doc.group, doc.systemName, ...doc.aliases]) {
      const { tokens, ids } = analyse(text);
      know(tokens, ids, 1);
    }
    for (const text of [doc.groupHint, ...doc.systemFacts]) {
      const { tokens, ids } = analyse(text);
      know(tokens, ids, BACKGROUND);
    }
    docStems.push(vocab);
    if (!systemAliases.has(doc.system)) systemAliases.set(doc.system, [doc.system, ...doc.aliases].map(aliasKey));
  });

  const stemDocs: number[][] = stems.map(() => []);
  docStems.forEach((vocab, d) => vocab.forEach((_, s) => stemDocs[s]?.push(d)));
  // Rarity counts the scenarios whose own texts use a word. A system's aliases and facts belong to all
  // its scenarios, and would make "Infersales" look as common as the system's size.
  const fieldDocs = stems.map(() => new Set<number>());
  for (const f of fields) f.stems.forEach((s, i) => !f.stop[i] && fieldDocs[s]?.add(f.doc));
  const n = Math.max(docs.length, 1);
  const df = stemDocs.map((list, s) => Math.max(fieldDocs[s]?.size || list.length, 1));
  const idf = df.map((k) => Math.log(1 + n / k));
  const unknownWeight = Math.log(1 + n);
  const stemFields: number[][] = stems.map(() => []);
  const docFields: number[][] = docs.map(() => []);
  fields.forEach((f, fi) => {
    f.weight = f.stems.reduce((sum, s, i) => sum + (f.stop[i] ? STOPWORD_WEIGHT : (idf[s] ?? 0)), 0);
    f.stems.forEach((s, i) => !f.stop[i] && stemFields[s]?.push(fi, i));
    docFields[f.doc]?.push(fi);
  });

  // Glossaries of all systems in one map: a word users write means the same whichever system it names.
  const glossary = new Map<string, number[]>();
  const glossaryPhrases: MatchIndex["glossaryPhrases"] = new Map();
  const glossaryNames = new Map<string, string>();
  const glossaryRead = new Set<string>();
  for (const doc of docs) {
    // A system's glossary is on each of its scenarios: read it once.
    if (glossaryRead.has(doc.system)) continue;
    glossaryRead.add(doc.system);
    for (const entry of doc.glossary) {
      const term = analyse(entry.term).ids;
      if (term.length === 0) continue;
      if (systemAliases.get(doc.system)?.includes(aliasKey(entry.term))) {
        for (const also of entry.also) if (!/\s/.test(also.trim())) glossaryNames.set(aliasKey(also), doc.system);
      }
      for (const also of entry.also) {
        const words = tokenize(also).filter((t) => !t.mask).map((t) => t.text);
        const [first, ...rest] = words;
        if (first === undefined) continue;
        if (rest.length === 0) {
          if (!glossary.has(first)) glossary.set(first, term);
        } else glossaryPhrases.set(first, [...(glossaryPhrases.get(first) ?? []), { rest, term }]);
      }
    }
  }
  const limits = docs.flatMap((doc, d) => doc.limits.map((l) => indexLimit(d, l)));

  // Past RARITY_SCALE scenarios, the weights the no-match decision is checked with (see fixedWeights).
  const fixedIdf = df.map((k) => Math.log(1 + RARITY_SCALE / Math.min(RARITY_SCALE, k)));
  const fixed =
    docs.length > RARITY_SCALE
      ? {
          idf: fixedIdf,
          unknownWeight: Math.log(1 + RARITY_SCALE),
          refWeight: REF_FACTOR * Math.log(1 + RARITY_SCALE),
          fieldWeight: fields.map((f) => f.stems.reduce((sum, s, i) => sum + (f.stop[i] ? STOPWORD_WEIGHT : (fixedIdf[s] ?? 0)), 0)),
        }
      : undefined;

  return {
    fixed,
    analyzer,
    glossary,
    glossaryPhrases,
    glossaryNames,
    statusNames: new Set(fields.filter((f) => f.kind === "status").map((f) => aliasKey(f.text))),
    threshold: THRESHOLD_FLOOR,
    limits,
    limitWords: limitWordIndex(limits),
    docs: [...docs],
    fields,
    stems,
    idf,
    unknownWeight,
    refWeight: REF_FACTOR * unknownWeight,
    words,
    sortedWords: words.map((_, i) => i).sort((a, b) => ((words[a] ?? "") < (words[b] ?? "") ? -1 : 1)),
    wordStem,
    wordIds,
    stemIds,
    compounds,
    deletions: buildDeletionIndex(words),
    docStems,
    docFields,
    stemDocs,
    stemFields,
    systemAliases,
  };
}
