// The global key under which the app registers its feedback handler (lib/insights/fast-path.ts) and
// server.mjs finds it: one definition for both sides, plain JavaScript so that server.mjs can import it.
export const FEEDBACK_FAST_PATH = Symbol.for("fixpath.feedback-fast-path");
