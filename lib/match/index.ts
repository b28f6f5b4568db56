export { buildMatchIndex, type BuildOptions, type MatchIndex } from "./build";
export { indexForCatalog } from "./catalog-index";
export { toMatchDocs, type MatchDoc } from "./docs";
export { DEFAULT_LIMIT, RELEVANCE_THRESHOLD } from "./diagnose";
export { diagnose, diagnosePaste } from "./paste";
export type { Confidence, DiagnoseOptions, DiagnoseResult, Match, PasteShape, TableGroup, TableTriage, Why, WhyKind } from "./types";
export { loadIndex, serializeIndex, type SerializedIndex } from "./serialize";
export { MAX_INPUT_BYTES, normalize, tokenize, type Token } from "./text";
export { defaultAnalyzer, englishStem, type Analyzer } from "./analyzer";
