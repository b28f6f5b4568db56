import { expect, test } from "vitest";
import { MAX_INPUT_BYTES, normalize, tokenize } from "@/lib/match";
import { clip, isStopword } from "@/lib/match/text";

test("an ISO timestamp, a GUID and an IP with its port are masked", () => {
  expect(normalize("2024-03-14T10:22:31.123Z ERROR [req 7f3c9a2e-41b8-4c1d-9e0a-2b6f5d8c1e44] 10.20.4.17:8080 Dispatch is paused")).toBe(
    "<time> error req <guid> <ip> dispatch is paused",
  );
});

test("log timestamps in other formats are masked too", () => {
  expect(normalize("[2024-05-02 08:14:07,552] WARN Delivery policy is paused")).toBe("<time> warn delivery policy is paused");
  expect(normalize("14-03-28 12:17:10.138 [ChannelDefault] WARN")).toBe("<time> channel default warn");
  expect(normalize("00:04:08.485 Trc 24112 Cannot find appropriate 3rd-party server")).toBe(
    "<time> trc 24112 cannot find appropriate 3rd party server",
  );
});

test("URIs, e-mail addresses, hostnames and host:port pairs are masked", () => {
  expect(normalize("Channel tcp://ctizgesmipr002:4125/ closed")).toBe("channel <url> closed");
  expect(normalize("requester=crm.team@pepejeans.example")).toBe("requester <email>");
  expect(normalize("host=app-01.eu-west-1.compute.internal up")).toBe("host <host> up");
  expect(normalize("connect to postgres:5432 refused")).toBe("connect to <host> refused");
});

test("long numbers and identifiers are masked, short numbers kept", () => {
  expect(normalize("ticket 48213127 id=0006Ka9HFHRR0T2B batch a1b2c3d4 has 16 of 18000")).toBe(
    "ticket <num> id <id> batch <id> has 16 of 18000",
  );
});

test("case, curly quotes, punctuation and whitespace do not matter", () => {
  expect(normalize("Trigger couldn’t  find\tthe VENDOR details!")).toBe(normalize("trigger couldn't find the vendor details"));
  expect(normalize("invitation’s channel")).toBe("invitations channel");
});

test("camelCase and snake_case identifiers split into words, all-caps words stay whole", () => {
  expect(normalize("dispatchRequest NullPointerException SENDING_ASYNC backOffMaxDelay IWS")).toBe(
    "dispatch request null pointer exception sending async back off max delay iws",
  );
});

test("every token knows where it came from in the original text", () => {
  const text = "Status:  “Not sent” at 10:22";
  for (const t of tokenize(text)) if (!t.mask) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.raw.toLowerCase());
});

test("the input is cut at MAX_INPUT_BYTES of UTF-8, never inside a character", () => {
  const tokens = tokenize("word ".repeat(MAX_INPUT_BYTES));
  expect(tokens.at(-1)?.end ?? 0).toBeLessThanOrEqual(MAX_INPUT_BYTES);
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  for (const unit of ["é", "€", "😀", "a€😀"]) {
    const cut = clip(unit.repeat(MAX_INPUT_BYTES));
    expect(bytes(cut)).toBeLessThanOrEqual(MAX_INPUT_BYTES);
    expect(bytes(cut)).toBeGreaterThan(MAX_INPUT_BYTES - 4);
    expect(cut).toBe(unit.repeat(MAX_INPUT_BYTES).slice(0, cut.length));
    expect(/[\ud800-\udbff]$/.test(cut)).toBe(false);
  }
});

test("accents are folded and other scripts survive", () => {
  expect(normalize("Échec d’envoi")).toBe("echec envoi");
  expect(normalize("رسالة لم ترسل")).toBe("رسالة لم ترسل");
});

test("\"both\" is a content word: a record with both an email and a phone is a condition, not filler", () => {
  expect(isStopword("both")).toBe(false);
  expect(isStopword("the")).toBe(true);
});

test("a French elision is not part of its word: l'administrateur, d'enquête, qu'on; English contractions stay whole", () => {
  const text = "l’administrateur d'enquête qu'on L'API don't";
  const tokens = tokenize(text);
  expect(tokens.map((t) => t.text)).toEqual(["administrateur", "enquete", "on", "api", "dont"]);
  // Offsets still point at what was written.
  expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["administrateur", "enquête", "on", "API", "don't"]);
});
