import { findMasks, wordMask, type MaskKind } from "./mask";

/**
 * Pastes are cut to their first 64 KB (UTF-8) before matching, and the API answers 413 to a larger
 * text: a support agent's paste is a message or a log excerpt, not a file.
 */
export const MAX_INPUT_BYTES = 64 * 1024;

/** The longest start of `text` that fits in MAX_INPUT_BYTES of UTF-8, never splitting a character. */
export function clip(text: string, maxBytes = MAX_INPUT_BYTES): string {
  if (text.length * 3 <= maxBytes) return text;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) return text.slice(0, i);
    bytes += size;
    if (pair) i++;
  }
  return text;
}
/** At most this many words are considered, so that matching time stays bounded. */
export const MAX_TOKENS = 12_000;

export interface Token {
  /** Lower-case, accent-free, apostrophe-free word, or a mask such as `<time>`. */
  text: string;
  /** The word as written, for case-sensitive tie-breaks (SENT vs Sent). */
  raw: string;
  /** Offsets into the original text: text.slice(start, end) is what was written. */
  start: number;
  end: number;
  line: number;
  mask?: MaskKind;
}

// Words made of letters and digits, with apostrophes inside (couldn't, invitation’s).
const wordRe = /[\p{L}\p{N}\p{M}]+(?:['’‘`ʼ][\p{L}\p{N}\p{M}]+)*/gu;
// camelCase and PascalCase humps: dispatchRequest, NullPointerException, URServer.
const humpRe = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+\p{L}*|\p{Lo}+|[\p{L}\p{N}\p{M}]/gu;

const apostrophes = /['’‘`ʼ]/g;

function fold(word: string): string {
  // Plain ASCII words (nearly all of them) skip Unicode normalization.
  if (/^[\x00-\x7f]*$/.test(word)) return word.replace(apostrophes, "").toLowerCase();
  return word.normalize("NFKD").replace(/\p{M}/gu, "").replace(apostrophes, "").toLowerCase();
}

// French and Italian elisions: l'administrateur is administrateur, d'enquête is enquête, qu'on is on.
const elision = /^(?:[cdjlmnst]|qu)['’‘`ʼ](?=\p{L}{2})/iu;

function pushWord(out: Token[], word: string, at: number, line: number): void {
  const elided = elision.exec(word)?.[0].length ?? 0;
  const raw = word.slice(elided);
  const start = at + elided;
  const mask = wordMask(raw);
  if (mask) {
    out.push({ text: `<${mask}>`, raw, start, end: start + raw.length, line, mask });
    return;
  }
  const bare = raw.replace(/['’‘`ʼ]/g, "");
  // Split humps only in mixed-case words, keeping all-caps words (QUEUED, IWS) and digits-with-letters (4XX, 53K) whole.
  // Brand-style words (iPhone, eBay) stay whole too.
  const mixed = /\p{Ll}/u.test(bare) && /\p{Lu}/u.test(bare.slice(1)) && !/^\p{Ll}\p{Lu}/u.test(bare);
  if (!mixed || bare.length !== raw.length) {
    const text = fold(raw);
    if (text) out.push({ text, raw, start, end: start + raw.length, line });
    return;
  }
  for (const m of raw.matchAll(humpRe)) {
    const s = start + m.index;
    const text = fold(m[0]);
    if (text) out.push({ text, raw: m[0], start: s, end: s + m[0].length, line });
  }
}

/** Splits text into words and masks, each with its offsets in the original text. Never throws. */
export function tokenize(input: string, maxTokens = MAX_TOKENS): Token[] {
  const text = clip(input);
  const out: Token[] = [];
  const masks = findMasks(text);
  let line = 0;
  let lineScan = 0;
  const lineAt = (pos: number) => {
    for (; lineScan < pos; lineScan++) if (text.charCodeAt(lineScan) === 10) line++;
    return line;
  };
  let cursor = 0;
  const words = (from: number, to: number) => {
    const segment = text.slice(from, to);
    for (const m of segment.matchAll(wordRe)) {
      if (out.length >= maxTokens) return;
      pushWord(out, m[0], from + m.index, lineAt(from + m.index));
    }
  };
  for (const span of masks) {
    if (out.length >= maxTokens) break;
    words(cursor, span.start);
    if (out.length >= maxTokens) break;
    out.push({ text: `<${span.kind}>`, raw: text.slice(span.start, span.end), start: span.start, end: span.end, line: lineAt(span.start), mask: span.kind });
    cursor = span.end;
  }
  if (out.length < maxTokens) words(cursor, text.length);
  return out;
}

/**
 * The text as the matcher sees it: lower case, straight quotes, no punctuation, single spaces,
 * with noise masked: `2024-03-14T10:22:31Z ERROR dispatch is paused` → `<time> error dispatch is paused`.
 */
export function normalize(text: string): string {
  return tokenize(text)
    .map((t) => t.text)
    .join(" ");
}

// Function words and log levels: they say nothing about a scenario. "not" and "no" stay: "Not sent" is not "Sent".
const stopwords = new Set(
  (
    "a an the and or nor of to in on at for from by with into onto about as is are was were be been being am " +
    "it its this that these those i me my we us our you your he him his she her they them their " +
    "do does did doing done has have had having will would can could should shall may might must " +
    "so but if then than too very just also still only even again there here what which who whom whose " +
    "how why when where all any some each every other such own same few more most " +
    "please hi hello hey thanks thank regards dear ok okay yes get got gets " +
    // log levels: a log line should match like its bare message
    "error err warn warning wrn info inf debug dbg trace trc fatal " +
    // Function words of the languages users mix in (Hinglish, French, Spanish, German): as empty as
    // "the". Their content words are in each system's glossary (content/<system>/_system.mdx).
    "ka ki ke aur hai hain ho hua gaya gayi raha rahi rahe kar karna karke se mein ko bhi kya toh ye yeh wo woh isliye par pe pa dono abhi " +
    "le la les un une des est et dans depuis pour sur du de mais il elle au aux " +
    "el los las una en pero como y del lo ni que se por con " +
    "der die das ist und ein eine einen fur mit im zu auf den dem " +
    // ...and more of them, with Portuguese, Italian and Dutch (folded as the tokenizer folds: été → ete).
    // None is a word the catalog uses, nor an English word or the stem of one (car, met, van, dont, op
    // and dat stay out: "date" stems to dat, "ops" to op).
    "nos notre votre vos ne sont ete ont avons avez ce cette ces qui quoi leur leurs lui je tu nous vous ils elles aussi tres sans avec chez entre apres avant encore toujours deja donc alors si mon ma mes ta tes sa ses rien tous toutes tout quand ou peut etre coup " +
    "unsere unser unseren unserem unserer wir ihr sie er es ich du werden wird wurde wurden worden sind waren haben hatte hatten sein seine ihre ihren auch noch schon sehr nur aber oder wenn weil dass ob als bei von vom zum zur aus nach seit uber unter durch ohne um einer eines einem mehr gar gibt kann konnen muss immer wieder obwohl dann doch hier dort wie wo welche welcher dieser diese dieses jetzt heute " +
    "nuestro nuestra nuestros nuestras su sus esta este estos estas fue fueron han hay muy mas sin sobre cuando donde tambien ya porque al todo todos todas " +
    "os da dos das na nas um uma uns umas foram foi estao estava estavam sao pelo pela pelos pelas ja mas nem seu sua seus suas dizem " +
    "il gli di della dello dei degli delle nel nella che chi ogni quante quanti volte perche anche gia sono stato stata hanno mio mia nostro nostra nostri questo questa quello " +
    "het een zijn heeft hebben wordt worden werd welk welke waar maar ook nog bij voor naar uit om te deze dit geen " +
    "ji tha thi ja jaa diya daal kuch sab kyun kaise kab kahan wala wali hoga hogi chahiye lekin magar agar shayad"
  ).split(" "),
);

/**
 * Negated contractions as the tokenizer leaves them (isn't → isnt): each also reads as "not", so that
 * "the questionnaire isn't active" meets "the questionnaire is not active".
 */
export const NEGATIONS: ReadonlySet<string> = new Set(
  "isnt arent wasnt werent cant cannot couldnt dont doesnt didnt wont wouldnt shouldnt hasnt havent hadnt aint neednt mustnt".split(" "),
);

/** A function word, in any of its forms ("getting" is "get" under `stem`), or a lone letter (the e of e-mail). */
export function isStopword(word: string, stem: (word: string) => string = lightStem): boolean {
  return (word.length === 1 && !/\d/.test(word)) || stopwords.has(word) || stopwords.has(stem(word));
}

/**
 * A light suffix stripper, used only to recognise function words when no analyzer is given; the
 * matcher's stemmer is Porter 2 (analyzer.ts).
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  let s = word;
  if (s.endsWith("ies") && s.length > 4) s = s.slice(0, -3) + "y";
  else if (s.endsWith("sses")) s = s.slice(0, -2);
  else if (/(?:x|ch|sh|zz)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith("s") && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith("ing") && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith("ed") && s.length > 4) s = s.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith("e") && s.length > 3) s = s.slice(0, -1);
  return s;
}
