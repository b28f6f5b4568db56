export { buildMatchIndex, type MatchIndex } from "./build";
export { indexForCatalog } from "./catalog-index";
export { toMatchDocs, type MatchDoc } from "./docs";
export {
  diagnose,
  diagnosePaste,
  DEFAULT_LIMIT,
  RELEVANCE_THRESHOLD,
  type Confidence,
  type DiagnoseOptions,
  type DiagnoseResult,
  type Match,
  type PasteShape,
  type TableGroup,
  type TableTriage,
  type Why,
  type WhyKind,
} from "./diagnose";
export { loadIndex, serializeIndex, type SerializedIndex } from "./serialize";
export { MAX_INPUT_BYTES, normalize, tokenize, type Token } from "./text";
