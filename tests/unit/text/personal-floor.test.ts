import { describe, expect, test } from "vitest";
import { maskText } from "@/lib/insights/privacy";
import { redactPaste } from "@/lib/reply/redact";
import { maskForUrl } from "@/lib/search/url-query";

/**
 * The floor: what each masker masked with its own rules before they became one detector
 * (lib/text/personal-data), one case per old rule: [rule, text, what must not survive, a word that must].
 */
const floors: Array<[string, (text: string) => string, Array<[string, string, string, string]>]> = [
  ["database", maskText, [
    ["7 digits in phone groups", "call 555-1234 now", "1234", "call"],
    ["the word after a key word and a space", "key hunterZebra here", "hunterzebra", "here"],
    ["32+ key characters without a digit", "sig abcdefghijklmnopqrstuvwxyzABCDEFGH ok", "abcdefghijklmnop", "ok"],
    ["a host name", "relay mx1.mail.example.org refused", "example", "refused"],
    ["a 6-character id", "order A12345 failed", "a12345", "failed"],
    ["32+ characters with a slash", "GET dispatch/questions/DP/Settings/Questionnaire failed", "questionnaire", "failed"],
  ]],
  ["search link", maskForUrl, [
    ["9+ digits with any phone punctuation", "to 0044 (0) 20 7946 0958 failed", "7946", "failed"],
    ["key=value with a short value", "pwd=abcd rejected", "abcd", "rejected"],
    ["an 8-character id", "user ab12cd34 blocked", "ab12cd34", "blocked"],
    ["an IP address", "from 198.51.100.23 denied", "198.51", "denied"],
  ]],
  ["reply", redactPaste, [
    ["8 digits in phone groups", "tel 06 1234 5678 off", "5678", "off"],
    ["24+ characters mixing cases, with a digit", "threw Svc.Auth.HttpClient2RequestFailed twice", "httpclient2requestfailed", "twice"],
    ["an id joined by punctuation", "build v2.31.7 broke", "v2.31.7", "broke"],
    ["a host name", "relay mx1.mail.example.org refused", "example", "refused"],
  ]],
];

describe.each(floors)("what the %s masker masked before the shared detector stays masked", (_, mask, cases) => {
  test.each(cases)("%s", (_rule, text, hidden, kept) => {
    const out = mask(text).toLowerCase();
    expect(out).not.toContain(hidden);
    expect(out).toContain(kept);
  });
});
