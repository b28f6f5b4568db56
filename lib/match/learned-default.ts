import trained from "./learned-model.json";
import type { LearnedModel } from "./learned";

/**
 * The model `npm run train` wrote (lib/match/learned-model.json). It is code shipped with the app, not
 * input: the training script checks it against learnedModelSchema before writing it, and so does
 * tests/unit/match/learned.test.ts; parsing it again here would cost every cold browser page 10-30 ms.
 */
const model: LearnedModel = { ...trained, version: 1 };
export const defaultLearnedModel = (): LearnedModel => model;
