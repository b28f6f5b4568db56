import { featureWeight, NONE, softmax, type LearnedModel } from "./learned";
import * as tunables from "./tunables";

const { LEARNED_EPOCHS, LEARNED_RATE, LEARNED_L2, LEARNED_PRUNE, LEARNED_SCALE } = tunables;

/** One training text: its features and the classes it belongs to (one, or several equally). */
export interface Example {
  features: readonly string[];
  classes: readonly string[];
}

/** A seeded shuffle: the same examples train the same model, byte for byte. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/**
 * Trains the softmax classifier (learned.ts) by stochastic gradient descent with L2 decay, then drops
 * weights smaller than LEARNED_PRUNE (they change few answers and most of the model's size) and stores
 * the rest as integers of 1/LEARNED_SCALE.
 */
export function trainModel(examples: readonly Example[], classList: readonly string[], trainedOn: string): LearnedModel {
  const classes = classList.includes(NONE) ? [...classList] : [...classList, NONE];
  const at = new Map(classes.map((c, i) => [c, i]));
  const n = classes.length;
  const bias = new Float64Array(n);
  const weights = new Map<string, Float64Array>();
  const row = (f: string) => {
    let r = weights.get(f);
    if (!r) weights.set(f, (r = new Float64Array(n)));
    return r;
  };
  const data = examples
    .map((e) => ({ f: [...new Set(e.features)], y: e.classes.flatMap((c) => (at.has(c) ? [at.get(c) ?? 0] : [])) }))
    .filter((e) => e.y.length > 0 && e.f.length > 0);
  const z = new Float64Array(n);
  for (let epoch = 0; epoch < LEARNED_EPOCHS; epoch++) {
    for (const i of shuffled(data.length, epoch + 1)) {
      const { f, y } = data[i] ?? { f: [], y: [] };
      const s = featureWeight(f.length);
      z.set(bias);
      for (const k of f) {
        const r = weights.get(k);
        if (r) for (let c = 0; c < n; c++) z[c] = (z[c] ?? 0) + (r[c] ?? 0) * s;
      }
      // Gradient of the cross-entropy: predicted minus wanted (shared equally among several right classes).
      softmax(z);
      for (const c of y) z[c] = (z[c] ?? 0) - 1 / y.length;
      for (let c = 0; c < n; c++) bias[c] = (bias[c] ?? 0) - LEARNED_RATE * 0.1 * (z[c] ?? 0);
      for (const k of f) {
        const r = row(k);
        for (let c = 0; c < n; c++) r[c] = (r[c] ?? 0) * (1 - LEARNED_RATE * LEARNED_L2) - LEARNED_RATE * (z[c] ?? 0) * s;
      }
    }
  }
  const stored: Record<string, number[]> = {};
  for (const k of [...weights.keys()].sort()) {
    const pairs: number[] = [];
    (weights.get(k) ?? []).forEach((w, c) => {
      if (Math.abs(w) >= LEARNED_PRUNE) pairs.push(c, Math.round(w * LEARNED_SCALE));
    });
    if (pairs.length) stored[k] = pairs;
  }
  return { version: 1, classes, scale: LEARNED_SCALE, bias: Array.from(bias, (b) => Math.round(b * LEARNED_SCALE)), weights: stored, trainedOn };
}
