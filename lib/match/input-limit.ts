/**
 * Pastes are cut to their first 64 KB (UTF-8) before matching, and the API answers 413 to a larger
 * text: a support agent's paste is a message or a log excerpt, not a file. A module of its own, so
 * that the search box can read the limit without bundling the matcher's word lists into every page.
 */
export const MAX_INPUT_BYTES = 64 * 1024;
