import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { maskText } from "@/lib/insights/privacy";
import { redactPaste } from "@/lib/reply/redact";
import { maskForUrl } from "@/lib/search/url-query";
import { findPersonalData, type PersonalKind } from "@/lib/text/personal-data";
import { email, embedded, keyedSecret, partsOf, phone, token } from "./personal-arbitraries";

const consumers: Array<[string, (text: string) => string]> = [
  ["the insights database (maskText)", maskText],
  ["the search link (maskForUrl)", maskForUrl],
  ["the reply and the wizard link (redactPaste)", redactPaste],
];

describe("no generated personal data survives any masker", () => {
  test.each(consumers)("e-mail addresses, phone numbers and tokens in random text never reach %s", (_, mask) => {
    fc.assert(
      fc.property(embedded(fc.oneof(email, phone, token)), ({ value, around, text }) => {
        const out = mask(text).toLowerCase();
        for (const part of partsOf(value, around)) expect(out, `${JSON.stringify(text)} → ${JSON.stringify(out)}`).not.toContain(part);
      }),
      { numRuns: 400 },
    );
  });

  test.each(consumers)("a secret after its key word never reaches %s", (_, mask) => {
    fc.assert(
      fc.property(embedded(keyedSecret.map((s) => s.text)), ({ value, around, text }) => {
        const secret = value.replace(/^\w+\s*[:=]\s*/, "");
        const out = mask(text).toLowerCase();
        for (const part of partsOf(secret, around)) expect(out, `${JSON.stringify(text)} → ${JSON.stringify(out)}`).not.toContain(part);
      }),
      { numRuns: 300 },
    );
  });

  test.each(consumers)("a phone number among words without digits leaves no digit in %s", (_, mask) => {
    const words = fc.array(fc.string({ unit: fc.constantFrom(..."abcdefghij QUEUED"), maxLength: 12 }), { maxLength: 6 });
    fc.assert(
      fc.property(words, phone, words, (before, number, after) => {
        const out = mask(`${before.join(" ")} ${number} ${after.join(" ")}`);
        expect(out).not.toMatch(/\d/);
      }),
      { numRuns: 300 },
    );
  });
});

const kinds = (text: string, asked: PersonalKind[]) =>
  findPersonalData(text, { kinds: new Set(asked) }).map((s) => [s.kind, text.slice(s.start, s.end)]);
const ALL: PersonalKind[] = ["email", "phone", "card", "token", "secret", "maybe-secret", "guid", "ip", "url", "id", "num", "time", "host", "long-word", "joined-id"];

describe("findPersonalData", () => {
  test("names each span by what it is", () => {
    expect(kinds("mail ann@example.com or +44 20 7946 0958 from 203.0.113.77 about 5f3c2a1b-1111-2222-3333-444455556666", ALL)).toEqual([
      ["email", "ann@example.com"],
      ["phone", "+44 20 7946 0958"],
      ["ip", "203.0.113.77"],
      ["guid", "5f3c2a1b-1111-2222-3333-444455556666"],
    ]);
    expect(kinds("card 4111 1111 1111 1111, host fe80::1ff:fe23:4567:890a, see https://x.example/a?sig=abc", ALL)).toEqual([
      ["card", "4111 1111 1111 1111"],
      ["ip", "fe80::1ff:fe23:4567:890a"],
      ["url", "https://x.example/a?sig=abc"],
    ]);
  });

  test("a timestamp is a time, not a phone number; a phone number running into one is masked whole", () => {
    expect(kinds("2024-05-02 08:14:07,552 ERROR", ["phone"])).toEqual([]);
    expect(kinds("2024-05-02 08:14:07,552 ERROR", ["phone", "time"])).toEqual([["time", "2024-05-02 08:14:07,552"]]);
    expect(kinds("at 10:22:31 44 20 7946", ["phone"])).toEqual([["phone", "10:22:31 44 20 7946"]]);
    expect(kinds("tel 020-12-3456", ["phone"])).toEqual([["phone", "020-12-3456"]]);
  });

  test("numbers grouped by thousands and short bare numbers are numbers, not phone numbers", () => {
    expect(kinds("we sent 1 000 000 rows, then 1500000", ALL)).toEqual([
      ["num", "1 000 000"],
      ["num", "1500000"],
    ]);
  });

  test("a secret after '=' or ':' starts at its key word; after a space it is only a maybe", () => {
    const text = "password: Hunter2Zebra, token expired";
    const spans = findPersonalData(text, { kinds: new Set<PersonalKind>(["secret", "maybe-secret"]) });
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end), s.valueStart && text.slice(s.valueStart, s.end)])).toEqual([
      ["secret", "password: Hunter2Zebra,", "Hunter2Zebra,"],
      ["maybe-secret", "expired", undefined],
    ]);
  });

  test("a kind not asked for is not reported and does not widen another span", () => {
    expect(kinds("token ghp_16C7e42F292c6912E7710c838347Ae178B4a", ["maybe-secret"])).toEqual([["maybe-secret", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"]]);
    expect(kinds("System.Net.Http.HttpRequestException", ["token"])).toEqual([]);
    expect(kinds("System.Net.Http.HttpRequestException", ["long-word"])).toEqual([["long-word", "System.Net.Http.HttpRequestException"]]);
  });
});

describe("what each masker keeps, and why", () => {
  test("the search link and the reply keep 'token expired' (the message); the database masks the word after a key word", () => {
    expect(maskForUrl("bearer token expired")).toBe("bearer token expired");
    expect(redactPaste("bearer token expired")).toBe("bearer token expired");
    expect(maskText("bearer token expired")).toBe("bearer <secret> <secret>");
  });

  test("an API path of words is a path, not a key: the search link keeps it, the database masks it as it always did", () => {
    const text = "WXM API Failed for dispatch/questions/DP/Settings/Questionnaire";
    expect(maskForUrl(text)).toBe(text);
    expect(maskText(text)).toBe("wxm api failed for <path>");
    expect(maskForUrl("key Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eA/abcdEFGH+")).toContain("[token]");
  });

  test("the search link keeps timestamps, host names, class names and short numbers the matcher and the reader need; the reply keeps the time and the class name", () => {
    const text = "2024-03-14T10:22:31Z smtp.acme.example:587 System.Net.Http.HttpRequestException size=250000";
    expect(maskForUrl(text)).toBe(text);
    expect(redactPaste(text)).toBe("2024-03-14T10:22:31Z [host] System.Net.Http.HttpRequestException [id]");
  });

  test("the reply keeps an exception's class name (code, and what a support engineer searches for) but masks a long word with digits or one not made of dotted words", () => {
    expect(redactPaste("threw java.net.SocketTimeoutException at send")).toBe("threw java.net.SocketTimeoutException at send");
    expect(redactPaste("threw Svc.Auth.HttpClient2RequestFailed at send")).not.toContain("HttpClient2RequestFailed");
    expect(redactPaste("key AbCdEfGhIjKlMnOpQrStUvWxYz")).not.toContain("AbCdEfGhIjKlMnOpQrStUvWxYz");
  });
});
