import { docById } from "./doc-lookup";
import type { MatchIndex } from "./index-types";
import { distinctWords, learnedFeatures, probabilities, strongestFeatures, type Learned } from "./learned";
import type { Match } from "./types";
import * as tunables from "./tunables";

const { RUNNER_UP_FLOOR, LEARNED_FLOOR, LIKELY_SCORE, LEARNED_MIN_WORDS, LEARNED_NONE_MARGIN, LEARNED_NONE_OVER_EXACT, LEARNED_SHARE } = tunables;

/** What the model matched in the paste, shown as the match's reason: its strongest words, in paste order. */
const WHY_WORDS = 3;

/**
 * The word matcher's matches for a paste (not a table: rows are read one by one), read again with the
 * learned model (learned.ts). A number past a declared limit, a best match the model never learned (a
 * scenario added since `npm run train`), a paste of fewer than LEARNED_MIN_WORDS words and an exact
 * message (unless "none" is at least LEARNED_NONE_OVER_EXACT likely) stand as the matcher read them.
 * Otherwise nothing is shown when "none" is at least 1/LEARNED_NONE_MARGIN as likely as the likeliest
 * scenario; else each scenario scores LEARNED_SHARE of
 * the model's probability among scenarios plus the rest of the matcher's score, and a scenario only the
 * model found is shown from LEARNED_FLOOR, with the paste's words that favour it as its reason. A
 * blended score under RUNNER_UP_FLOOR is not shown, as no runner-up of the word matcher is.
 */
export function blend(index: MatchIndex, model: Learned, text: string, matches: readonly Match[], limit: number): Match[] {
  const top = matches[0];
  // A number past a limit the content declares, or a best match the model never learned (a scenario
  // added since `npm run train`), stands whatever the model says. So does an exact message, unless the
  // model is all but sure the paste is about something else: a log's other lines (pool sizes, health
  // checks) may make it read as "about something else", the one error line being the answer, but
  // PostgreSQL's "FATAL: password authentication failed for user" is nobody's survey invitation.
  if (top && (top.why.kind === "limit" || !model.classIndex.has(top.slug))) return [...matches];
  const features = learnedFeatures(index, text);
  // A few words are too little for the model: the matcher reads them as it always did.
  if (distinctWords(features) < LEARNED_MIN_WORDS) return [...matches];
  const p = probabilities(model, features);
  const none = p[model.none] ?? 0;
  if (top?.confidence === "exact") return none < LEARNED_NONE_OVER_EXACT ? [...matches] : [];
  let best = model.none === 0 ? 1 : 0;
  for (let c = best + 1; c < p.length; c++) if (c !== model.none && (p[c] ?? 0) > (p[best] ?? 0)) best = c;
  if ((p[best] ?? 0) < LEARNED_NONE_MARGIN * none) return [];
  const among = 1 - none;
  const share = (slug: string) => {
    const c = model.classIndex.get(slug);
    return c === undefined ? 0 : (p[c] ?? 0) / among;
  };
  const scored = matches.map((m) => ({ m, s: (1 - LEARNED_SHARE) * m.score + LEARNED_SHARE * share(m.slug) }));
  model.classes.forEach((slug, c) => {
    if (c === model.none || share(slug) < LEARNED_FLOOR || matches.some((m) => m.slug === slug)) return;
    const doc = docById(index, slug);
    if (!doc) return;
    const words = strongestFeatures(model, features, c, WHY_WORDS).sort((a, b) => a.span[0] - b.span[0]);
    const span: [number, number] | undefined = words.length ? [words[0]?.span[0] ?? 0, words[words.length - 1]?.span[1] ?? 0] : undefined;
    const m: Match = {
      slug,
      id: slug,
      url: doc.url,
      title: doc.title,
      system: doc.system,
      systemName: doc.systemName,
      score: 0,
      confidence: "possible",
      why: { kind: "words", text: [...new Set(words.flatMap((w) => w.text.split(" ")))].join(" "), ...(span ? { span } : {}) },
    };
    scored.push({ m, s: LEARNED_SHARE * share(slug) });
  });
  return scored
    .filter(({ s }) => s >= RUNNER_UP_FLOOR)
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map(({ m, s }) => ({ ...m, score: Math.round(s * 1000) / 1000, confidence: s >= LIKELY_SCORE ? "likely" : "possible" }));
}
