// The match index's shape: what buildBaseIndex (build.ts) produces and serialize.ts writes for the browser.
import type { Analyzer } from "./analyzer";
import type { Learned, LearnedModel } from "./learned";
import type { MatchDoc } from "./docs";
import type { IndexedLimit, LimitWordStart } from "./limit-index";

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
  /** The learned model, when it knows any of these scenarios (blend.ts reads pastes with it). */
  learned?: Learned;
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
  /** The first three letters of the stems a duration's or a rate's words are also read by: a word that starts otherwise is not stemmed. */
  limitStems: ReadonlySet<string>;
  /** A word of a system's product description that mostly its own scenarios use (survey → wxm): recall.ts. */
  productStems: Map<number, string>;
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

export interface BuildOptions {
  /** Tokenizer and stemmer (default: text.ts's tokenizer and Porter 2). */
  analyzer?: Analyzer;
  /** The learned model (learned.ts; default: the one `npm run train` wrote), or false for the word matcher alone. */
  learned?: LearnedModel | false;
}
