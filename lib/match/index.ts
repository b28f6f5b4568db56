export { buildMatchIndex, type MatchIndex } from "./build";
export { indexForCatalog } from "./catalog-index";
export { toMatchDocs, type MatchDoc } from "./docs";
export { diagnose, DEFAULT_LIMIT, RELEVANCE_THRESHOLD, type DiagnoseOptions, type Match, type Why, type WhyKind } from "./diagnose";
export { loadIndex, serializeIndex, type SerializedIndex } from "./serialize";
export { MAX_INPUT_BYTES, normalize, tokenize, type Token } from "./text";
