// The recall stage: a paste that says what it is about (a system's product: "survey invites",
// "webhook", "journey") and agrees with a scenario's own texts is shown that scenario as "possible",
// though its own words are too far from the catalog's to clear the threshold.
import type { Analyzer } from "./analyzer";
import type { MatchDoc } from "./docs";
import type { MatchIndex } from "./index-types";
import { QUALITY, type QueryWord } from "./query";
import { ENGLISH_FUNCTION_WORDS, FOREIGN_FUNCTION_WORDS, isStopword, type Token } from "./text";
import * as tunables from "./tunables";

const { PRODUCT_EXCLUSIVE, RECALL_AGREEING, RECALL_FLOOR } = tunables;

/**
 * The words of each system's product description ("survey invitations by email and SMS") that the
 * system's own scenarios use and other systems' scarcely do (survey, invitation; not email or SMS):
 * a paste using one says which product it is about. Stem → system.
 */
export function productStems(
  docs: readonly MatchDoc[],
  analyzer: Analyzer,
  stemIds: ReadonlyMap<string, number>,
  stemDocs: readonly number[][],
): Map<number, string> {
  const out = new Map<number, string>();
  const read = new Set<string>();
  for (const doc of docs) {
    if (!doc.product || read.has(doc.system)) continue;
    read.add(doc.system);
    const tokens = analyzer.tokenize(doc.product);
    tokens.forEach((t, i) => {
      // A piece of a camelCase name (the "app" of WhatsApp) is no word of the description.
      const piece = tokens[i - 1]?.end === t.start || tokens[i + 1]?.start === t.end;
      if (t.mask || piece || isStopword(t.text, analyzer.stem)) return;
      const s = stemIds.get(analyzer.stem(t.text));
      const using = s === undefined ? [] : (stemDocs[s] ?? []);
      const own = using.filter((d) => docs[d]?.system === doc.system).length;
      if (s !== undefined && using.length > 0 && own / using.length >= PRODUCT_EXCLUSIVE) out.set(s, doc.system);
    });
  }
  return out;
}

/** Capitalised in any English sentence, and no product's name. */
const CALENDAR = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split(" "),
);

/** A name glued to a dot and a letter is a piece of a dotted identifier (System.Net, o.h.engine): code, not prose. */
const DOTTED = /^\.\p{L}/u;

/** A title before a person's name: its full stop ends no sentence. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "st"]);

/**
 * Words that open a sentence though no function word list has them, in English and in the languages
 * users mix in (yesterday, today, our: kal, aaj, humare; gestern, heute; hier; ayer, hoy; ontem, hoje;
 * ieri, oggi; gisteren, vandaag): no product's names.
 */
const OPENERS = new Set(
  (
    "since although though unless until because during whenever while once nobody somebody someone everyone everybody nothing something everything yesterday today tonight tomorrow sometimes meanwhile last next earlier later overnight " +
    "kal aaj parso humare hamare humara hamara mera meri mere gestern heute morgen hier aujourd ayer hoy ontem hoje ieri oggi gisteren vandaag"
  ).split(" "),
);

/**
 * Capitalised words inside an English sentence that the catalog never uses ("Zendesk", "Thunderbird",
 * "Meta", the "Meetings" of "Webex Meetings"): the paste names a product this catalog does not cover.
 * Only a word after a space (not a tab, bracket, quote or colon: a table's next cell, a log's class
 * name, a quoted tenant) whose previous word is English (a function word or a word of the catalog, not
 * a number) counts: a German noun after "die", "beim" or "4" is capitalised by grammar. A sentence's
 * first word counts only when a catalog word that is no function word follows it after a space, on a
 * line of English prose (no tab, pipe, column gap or CSV comma, no function word of another language:
 * "Benachrichtigung hängt im Status"), and it is no function word, English opener (Since, Nobody),
 * -ed/-ing/-ly form (Unhandled) or name after a title (Mrs. Adeyemi). A word the paste's reading
 * resolved to a catalog word (`words`: a typo such as "Recrod" or "Emial" in a title-cased error)
 * never counts. A CamelCase name in prose counts wherever it stands when one of its humps is no
 * catalog word ("SendGrid dropped", "our HubSpot workflow"; not WhatsApp, EventLog, UniqueId).
 */
export function foreignNames(index: MatchIndex, tokens: readonly Token[], text: string, words: readonly QueryWord[] = []): number {
  return foreignNamesAt(index, tokens, text, words).length;
}

/** foreignNames, as the indexes of their tokens. */
function foreignNamesAt(index: MatchIndex, tokens: readonly Token[], text: string, words: readonly QueryWord[]): number[] {
  const read = new Set(words.filter((w) => w.stem >= 0).map((w) => w.tokenIndex));
  const at = new Set<number>();
  const lineOf = (t: Token) => text.slice(text.lastIndexOf("\n", t.start) + 1, (text.indexOf("\n", t.end) + 1 || text.length + 1) - 1);
  // A line holding a function word of another language is not English prose: its capitals are grammar's.
  const foreignLines = new Set(tokens.filter((w) => !w.mask && FOREIGN_FUNCTION_WORDS.has(w.text)).map((w) => w.line));
  const foreignLine = (t: Token) => foreignLines.has(t.line);
  // A sentence's first word: a name when followed by a catalog word ("Zendesk trigger", "Twilio error"),
  // on a line of prose (not a table's first cell), and no English opener, inflection or title's name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (!t || !next || t.mask || next.mask || !/^\p{Lu}\p{Ll}+$/u.test(t.raw)) continue;
    if (prev && (!/[.!?\n]\s*$/.test(text.slice(prev.end, t.start)) || TITLES.has(prev.text))) continue;
    if (/\t|\||\S {2,}\S|,\S/.test(lineOf(t)) || foreignLine(t)) continue;
    if (!/^ +$/.test(text.slice(t.end, next.start)) || !(index.wordIds.has(next.text) || read.has(i + 1)) || ENGLISH_FUNCTION_WORDS.has(next.text) || !/\p{L}/u.test(next.text)) continue;
    if (read.has(i) || isStopword(t.text, index.analyzer.stem) || OPENERS.has(t.text) || /(?:ed|ing|ly)$/.test(t.text)) continue;
    if (!index.wordIds.has(t.text) && !index.glossary.has(t.text) && !index.glossaryNames.has(t.text) && !CALENDAR.has(t.text)) at.add(i);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    // A CamelCase name in prose ("SendGrid dropped", "our HubSpot workflow"): its humps are read as
    // words of their own, so the name is whole only here. A log's class (System.AggregateException) is no prose.
    let j = i;
    while (tokens[j + 1] && tokens[j + 1]!.start === tokens[j]!.end && /^\p{Lu}\p{Ll}/u.test(tokens[j + 1]!.raw)) j++;
    const t = tokens[i]!;
    const after = tokens[j + 1];
    if (j === i || !/^\p{Lu}\p{Ll}/u.test(t.raw) || tokens.slice(i, j + 1).some((p) => p.mask)) {
      i = j;
      continue;
    }
    const before = text.slice(tokens[i - 1]?.end ?? 0, t.start);
    const joined = tokens.slice(i, j + 1).map((p) => p.text).join("");
    const prose = (i === 0 || /^ +$/.test(before) || /[.!?\n]\s*$/.test(before)) && !!after && /^ +$/.test(text.slice(tokens[j]!.end, after.start)) && /^\p{Ll}/u.test(after.raw);
    // ...and a hump the catalog never uses (the Grid of SendGrid; not WhatsApp or EventLog, whose humps are the catalog's).
    const strange = tokens.slice(i, j + 1).some((p, k) => !read.has(i + k) && !index.wordIds.has(p.text));
    if (prose && strange && !index.glossaryNames.has(joined) && ![...index.systemAliases.values()].some((a) => a.includes(joined))) at.add(i);
    i = j;
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t || !prev || t.mask || prev.mask || !/^\p{Lu}/u.test(t.raw) || !/\p{Ll}/u.test(t.raw)) continue;
    if (!/^ +$/.test(text.slice(prev.end, t.start)) || DOTTED.test(text.slice(t.end, t.end + 2))) continue;
    if (!/\p{L}/u.test(prev.text) || !(ENGLISH_FUNCTION_WORDS.has(prev.text) || index.wordIds.has(prev.text)) || foreignLine(t)) continue;
    if (!read.has(i) && !index.wordIds.has(t.text) && !index.glossary.has(t.text) && !index.glossaryNames.has(t.text) && !CALENDAR.has(t.text)) at.add(i);
  }
  return [...at];
}

/**
 * Whether the paste names another product of a system's vendor: one of the system's names followed
 * by a foreign name ("Webex Meetings", "Genesys Cloud", "Mambu Payments"). Such a paste names the
 * vendor, not the system the catalog covers.
 */
export function namesOtherProduct(index: MatchIndex, tokens: readonly Token[], text: string, words: readonly QueryWord[], system: string): boolean {
  const lastWords = new Set((index.systemAliases.get(system) ?? []).map((a) => a.split(" ").pop() ?? ""));
  // Another form of a catalog word is still a name here ("Webex Calling": the catalog's API calls are no phone calls).
  const typos = words.filter((w) => w.quality !== QUALITY.stem);
  return foreignNamesAt(index, tokens, text, typos).some((i) => {
    const prev = tokens[i - 1];
    return !!prev && lastWords.has(prev.text) && /^ +$/.test(text.slice(prev.end, tokens[i]?.start));
  });
}

/**
 * Whether a best match below the threshold is shown as "possible" by recall: the paste names no
 * system, uses a word of that match's product, shares RECALL_AGREEING uncommon words with its own
 * texts, names no product the catalog does not know, and scores at least RECALL_FLOOR.
 */
export function recalled(
  index: MatchIndex,
  words: readonly QueryWord[],
  tokens: readonly Token[],
  text: string,
  top: { raw: number; system: string; /** Its shared uncommon words (agreement.ts), worked out by the caller once. */ agreeing: () => number },
  mentioned: ReadonlySet<string>,
): boolean {
  if (mentioned.size > 0 || top.raw < RECALL_FLOOR) return false;
  if (!words.some((w) => index.productStems.get(w.stem) === top.system)) return false;
  if (top.agreeing() < RECALL_AGREEING) return false;
  return foreignNames(index, tokens, text, words) === 0;
}
