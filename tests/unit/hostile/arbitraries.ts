import fc from "fast-check";

/** Code units a log can carry that a naive parser chokes on. */
export const hostileUnits = [
  "\u0000", "\u0001", "\u0007", "\u0008", "\u001b", "\u007f", "\t", "\r", "\n", "\r\n", "\u2028", "\u2029", "\ufeff",
  "\ud800", "\udfff", "\udbff", "\udc00", // lone surrogates
  "😀", "👩🏽‍💻", "🇬🇧", "\u0301", "\u200d", "\u200b", // emoji, combining marks, zero-width
  "\u202e", "\u202d", "\u2066", "שלום", "مرحبا", "العربية", // right-to-left
  ".*", "(a+)+$", "[^]", "\\", "$&", "$1", "(?<x>", "{1000}", "^", "|", "?", "+", "*", ")", "]", // regex metacharacters
  "<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>", "javascript:alert(1)", "%00", "&#0;", "\uFFFD", "\uFFFF",
] as const;

/** Words from real pastes, so that the matcher's phrase, status and highlighting paths run too. */
export const realWords = [
  "Dispatch is paused", "Max Record size Exceeded", "status=Sent", "FAILED", "QUEUED", "Not sent", "requeued",
  "2024-03-14T10:22:31.123Z", "7f3c9a2e-41b8-4c1d-9e0a-2b6f5d8c1e44", "10.20.4.17:443", "ERROR", "WhatsApp", "invitation",
] as const;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileUnits) },
  { weight: 2, arbitrary: fc.constantFrom(...realWords) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(" ", "  ", "\n", ": ", "=", ",") },
);

/** Any string at all, biased towards the hostile and the realistic. */
export const hostileText = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
);
