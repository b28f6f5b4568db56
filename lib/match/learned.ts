import { z } from "zod";
import type { MatchIndex } from "./index-types";
import { analyseQuery } from "./query";
import { mentionedSystems } from "./systems";

/**
 * A learned reading of a paste: a softmax (multinomial logistic) classifier over the paste's words,
 * trained by `npm run train` on the scenarios' own texts and the labelled tuning pastes
 * (tests/eval/tuning), never on tests/eval/heldout. It knows one more class than the catalog, NONE:
 * near-domain text that no scenario covers. It reads words the way the matcher does (the same
 * tokenizer, stemmer and glossaries), so "paused by an admin" and "admin pausiert" meet.
 * Its features are stable strings (stems, not the index's stem ids), so a model survives a rebuilt index.
 */

/** The class of a paste that no scenario covers. */
export const NONE = "none";

export const learnedModelSchema = z
  .object({
    version: z.literal(1),
    /** Scenario ids, and NONE. */
    classes: z.array(z.string().min(1)).min(2),
    /** Weights are stored as integers: weight = stored / scale. */
    scale: z.number().positive(),
    bias: z.array(z.number().int()),
    /** feature → [class, weight, class, weight, ...] for the classes where it weighs anything. */
    weights: z.record(z.string(), z.array(z.number().int())),
    /** A digest of what it was trained on (content texts and tuning pastes): says when it is stale. */
    trainedOn: z.string(),
  })
  .superRefine((m, ctx) => {
    if (!m.classes.includes(NONE)) ctx.addIssue({ code: "custom", message: `the classes must include "${NONE}"` });
    if (m.bias.length !== m.classes.length) ctx.addIssue({ code: "custom", message: `bias has ${m.bias.length} values for ${m.classes.length} classes` });
    for (const [f, pairs] of Object.entries(m.weights)) {
      const bad = pairs.length % 2 !== 0 || pairs.some((v, i) => i % 2 === 0 && (v < 0 || v >= m.classes.length));
      if (bad) {
        ctx.addIssue({ code: "custom", message: `weights of "${f}" are not [class, weight] pairs of known classes` });
        return;
      }
    }
  });
export type LearnedModel = z.infer<typeof learnedModelSchema>;

/** A model ready to read pastes: the stored weights as they are (no copy: loading costs nothing). */
export interface Learned {
  classes: readonly string[];
  classIndex: ReadonlyMap<string, number>;
  none: number;
  bias: Float64Array;
  scale: number;
  /** feature → [class, weight × scale, ...], as stored. */
  weights: Readonly<Record<string, readonly number[]>>;
}

export function loadLearned(model: LearnedModel): Learned {
  return {
    classes: model.classes,
    classIndex: new Map(model.classes.map((c, i) => [c, i])),
    none: model.classes.indexOf(NONE),
    bias: Float64Array.from(model.bias, (b) => b / model.scale),
    scale: model.scale,
    weights: model.weights,
  };
}

/** The stored [class, weight, ...] pairs of a feature (none for a feature the model never kept). */
const pairsOf = (model: Learned, key: string): readonly number[] => (Object.hasOwn(model.weights, key) ? (model.weights[key] ?? []) : []);

/** A feature's weight for one class. */
function weightOf(model: Learned, key: string, cls: number): number {
  const pairs = pairsOf(model, key);
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === cls) return (pairs[i + 1] ?? 0) / model.scale;
  return 0;
}

/** Keeps this many characters of a (focused) paste: the words that decide are in its first lines. */
const FEATURE_TEXT_MAX = 4000;

export interface Feature {
  key: string;
  /** [start, end) of its words in the text, for "what in the paste it matched". */
  span: [number, number];
  text: string;
}

/**
 * The paste's features: each content word as its stem (or, unknown to the catalog, as written), each
 * pair of neighbouring content words, and each system the paste names. Masked values (e-mails, ids,
 * times) and numbers are no features: the matcher reads numbers against the seeds' limits.
 */
export function learnedFeatures(index: MatchIndex, text: string): Feature[] {
  const clipped = text.slice(0, FEATURE_TEXT_MAX);
  const { tokens, words } = analyseQuery(index, clipped);
  const out = new Map<string, Feature>();
  let prev: Feature | undefined;
  for (const w of words) {
    if (w.stop || w.number || w.token.mask) {
      prev = undefined;
      continue;
    }
    const key = w.stem >= 0 ? `s:${index.stems[w.stem]}` : `u:${w.token.text}`;
    const f: Feature = { key, span: [w.token.start, w.token.end], text: w.token.text };
    if (!out.has(key)) out.set(key, f);
    if (prev) {
      const pair = `${prev.key} ${key}`;
      if (!out.has(pair)) out.set(pair, { key: pair, span: [prev.span[0], f.span[1]], text: `${prev.text} ${f.text}` });
    }
    prev = f;
  }
  for (const s of mentionedSystems(index, clipped, tokens)) out.set(`m:${s}`, { key: `m:${s}`, span: [0, 0], text: "" });
  return [...out.values()];
}

/** How much each feature counts: 1/sqrt(n), so a long paste's many words do not make it surer than a short one's (training reads the same). */
export const featureWeight = (count: number): number => 1 / Math.sqrt(Math.max(1, count));

/** Scores to probabilities, in place (shifted by the largest first, so that no exp overflows). */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let total = 0;
  for (let c = 0; c < z.length; c++) total += z[c] = Math.exp((z[c] ?? 0) - max);
  for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) / total;
  return z;
}

/** The paste's distinct words among its features (not the pairs, not the systems named). */
export const distinctWords = (features: readonly { key: string }[]): number => features.filter((f) => /^[su]:[^ ]*$/.test(f.key)).length;

/** Each class's probability for these features (they sum to 1). */
export function probabilities(model: Learned, features: readonly { key: string }[]): Float64Array {
  const z = Float64Array.from(model.bias);
  const s = featureWeight(features.length) / model.scale;
  for (const f of features) {
    const pairs = pairsOf(model, f.key);
    for (let i = 0; i < pairs.length; i += 2) {
      const c = pairs[i] ?? -1;
      if (c >= 0 && c < z.length) z[c] = (z[c] ?? 0) + (pairs[i + 1] ?? 0) * s;
    }
  }
  return softmax(z);
}

/**
 * The features that speak most for a class over the others (its weight above the mean of all classes'):
 * what in the paste the model matched. "invite" weighs for every WXM scenario; "password" for one.
 */
export function strongestFeatures(model: Learned, features: readonly Feature[], cls: number, n: number): Feature[] {
  const lift = (key: string) => {
    const pairs = pairsOf(model, key);
    let sum = 0;
    for (let i = 1; i < pairs.length; i += 2) sum += pairs[i] ?? 0;
    return weightOf(model, key, cls) - sum / model.scale / model.classes.length;
  };
  return features
    .filter((f) => f.text && weightOf(model, f.key, cls) > 0)
    .map((f) => ({ f, lift: lift(f.key) }))
    .sort((a, b) => b.lift - a.lift)
    .slice(0, n)
    .map(({ f }) => f);
}
