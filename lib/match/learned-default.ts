import trained from "./learned-model.json";
import { learnedModelSchema, type LearnedModel } from "./learned";

let parsed: LearnedModel | undefined;

/** The model `npm run train` wrote (lib/match/learned-model.json), checked once against its schema. */
export function defaultLearnedModel(): LearnedModel {
  return (parsed ??= learnedModelSchema.parse(trained));
}
