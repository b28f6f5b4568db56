/**
 * The wizard's paste box accepts at most this many characters: encoded as a form (up to 9 bytes a
 * character) it stays under the 384 KB body limit that server.mjs and /diagnose/paste enforce.
 */
export const PASTE_FORM_MAX = 40_000;
