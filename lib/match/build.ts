import { aliasKey } from "./alias-key";
import { defaultAnalyzer } from "./analyzer";
import type { MatchDoc } from "./docs";
import { readFields } from "./fields";
import { readGlossaries } from "./glossary";
import { productStems } from "./recall";
import type { BuildOptions, MatchIndex } from "./index-types";
import { indexLimit, limitWordIndex, withEllipsis, withGlossary } from "./limit-index";
import * as tunables from "./tunables";
import { buildDeletionIndex } from "./typo";
import { createVocabulary } from "./vocabulary";
import { fixedWeights, weighFields } from "./weights";
import { loadLearned } from "./learned";
import { defaultLearnedModel } from "./learned-default";

const { THRESHOLD_FLOOR } = tunables;

/** The index without its calibrated threshold: buildMatchIndex (calibrate.ts) is what callers use. */
export function buildBaseIndex(docs: readonly MatchDoc[], options: BuildOptions = {}): MatchIndex {
  const analyzer = options.analyzer ?? defaultAnalyzer;
  const vocab = createVocabulary(analyzer);
  const { fields, docStems, systemAliases } = readFields(docs, vocab);
  // Weighed before the glossaries are read: their terms' new stems get no postings.
  const { df, idf, unknownWeight, refWeight, stemDocs, stemFields, docFields } = weighFields(vocab.stems.length, docs.length, fields, docStems);
  const glossaries = readGlossaries(docs, vocab, analyzer.tokenize, systemAliases);
  const limits = docs.flatMap((doc, d) => doc.limits.map((l) => indexLimit(d, { ...l, words: withGlossary(withEllipsis(l.words), doc.glossary) })));
  const limitWords = limitWordIndex(limits, analyzer.stem);
  const { stems, stemIds, words, wordStem, wordIds, compounds } = vocab;
  const products = productStems(docs, analyzer, stemIds, stemDocs);
  // The learned model reads pastes too when it knows any of these scenarios (not a synthetic catalog's).
  const model = options.learned === false ? undefined : (options.learned ?? defaultLearnedModel());
  const learned = model && docs.some((d) => model.classes.includes(d.id)) ? loadLearned(model) : undefined;

  return {
    fixed: fixedWeights(df, docs.length, fields),
    analyzer,
    ...glossaries,
    statusNames: new Set(fields.filter((f) => f.kind === "status").map((f) => aliasKey(f.text))),
    threshold: THRESHOLD_FLOOR,
    ...(learned ? { learned } : {}),
    limits,
    limitWords,
    limitStems: new Set([...limitWords.keys()].filter((k) => k.startsWith("stem:")).map((k) => k.slice(5, 8))),
    docs: [...docs],
    fields,
    stems,
    idf,
    unknownWeight,
    refWeight,
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
    productStems: products,
  };
}
