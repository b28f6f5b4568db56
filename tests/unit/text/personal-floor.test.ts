import { describe, expect, test } from "vitest";
import { maskText } from "@/lib/insights/privacy";
import { redactPaste } from "@/lib/reply/redact";
import { maskForUrl } from "@/lib/search/url-query";

/**
 * The floor: what each masker masked with its own rules before they became one detector
 * (lib/text/personal-data), one case per old rule. `hidden` must not survive, `kept` must.
 */
const cases: Array<{ masker: string; mask: (t: string) => string; rule: string; text: string; hidden: string; kept?: string }> = [
  { masker: "database", mask: maskText, rule: "7 digits in phone groups", text: "call 555-1234 now", hidden: "1234", kept: "call" },
  { masker: "database", mask: maskText, rule: "the word after a key word and a space", text: "key hunterZebra here", hidden: "hunterzebra", kept: "here" },
  { masker: "database", mask: maskText, rule: "32+ key characters without a digit", text: "sig abcdefghijklmnopqrstuvwxyzABCDEFGH ok", hidden: "abcdefghijklmnop", kept: "ok" },
  { masker: "database", mask: maskText, rule: "a host name", text: "relay mx1.mail.example.org refused", hidden: "example", kept: "refused" },
  { masker: "database", mask: maskText, rule: "a 6-character id", text: "order A12345 failed", hidden: "a12345", kept: "failed" },
  { masker: "search link", mask: maskForUrl, rule: "9+ digits with any phone punctuation", text: "to 0044 (0) 20 7946 0958 failed", hidden: "7946", kept: "failed" },
  { masker: "search link", mask: maskForUrl, rule: "key=value with a short value", text: "pwd=abcd rejected", hidden: "abcd", kept: "rejected" },
  { masker: "search link", mask: maskForUrl, rule: "an 8-character id", text: "user ab12cd34 blocked", hidden: "ab12cd34", kept: "blocked" },
  { masker: "search link", mask: maskForUrl, rule: "an IP address", text: "from 198.51.100.23 denied", hidden: "198.51", kept: "denied" },
  { masker: "reply", mask: redactPaste, rule: "8 digits in phone groups", text: "tel 06 1234 5678 off", hidden: "5678", kept: "off" },
  { masker: "reply", mask: redactPaste, rule: "24+ characters mixing cases", text: "threw System.Net.Http.HttpRequestException twice", hidden: "HttpRequestException", kept: "twice" },
  { masker: "reply", mask: redactPaste, rule: "an id joined by punctuation", text: "build v2.31.7 broke", hidden: "v2.31.7", kept: "broke" },
  { masker: "reply", mask: redactPaste, rule: "a host name", text: "relay mx1.mail.example.org refused", hidden: "example", kept: "refused" },
];

describe("nothing a masker masked before the shared detector is shown now", () => {
  test.each(cases)("the $masker masks $rule", ({ mask, text, hidden, kept }) => {
    const out = mask(text);
    expect(out.toLowerCase()).not.toContain(hidden.toLowerCase());
    if (kept) expect(out.toLowerCase()).toContain(kept);
  });
});
