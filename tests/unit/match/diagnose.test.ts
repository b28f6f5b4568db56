import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
import { rank } from "@/lib/match/diagnose";
import { POSSIBLE_FLOOR } from "@/lib/match/tunables";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const top = (text: string) => diagnose(index, text)[0];
const slugs = (text: string) => diagnose(index, text).map((m) => m.slug);

test("an exact signature matches its scenario as a signature, with a high score", () => {
  const m = top("Max Record size Exceeded");
  expect(m?.slug).toBe("acme/max-records");
  expect(m?.why.kind).toBe("signature");
  expect(m?.score).toBeGreaterThanOrEqual(0.9);
});

test("a pasted log line with timestamps, GUIDs and IPs still matches its scenario", () => {
  const line = "2024-03-14T10:22:31.123Z ERROR [req 7f3c9a2e-41b8-4c1d-9e0a-2b6f5d8c1e44] 10.20.4.17:443 Max Record size Exceeded";
  expect(top(line)?.slug).toBe("acme/max-records");
});

test("a typo'd signature still finds its scenario, but scores below the exact one", () => {
  const typo = top("Max Recrod size Exceded");
  expect(typo?.slug).toBe("acme/max-records");
  expect(typo?.score ?? 1).toBeLessThan(top("Max Record size Exceeded")?.score ?? 0);
});

test("a signature beats a scenario that only shares some words", () => {
  expect(slugs("Max dispatch supported exceeded")[0]).toBe("acme/max-dispatches");
  expect(slugs("Max Record size Exceeded").indexOf("acme/max-dispatches")).not.toBe(0);
});

test("the longest signature wins: Not sent is not Sent", () => {
  const matches = diagnose(index, "Not sent");
  expect(matches[0]?.slug).toBe("acme/not-sent");
  const sent = matches.find((m) => m.slug === "acme/sent");
  expect(sent === undefined || sent.score < (matches[0]?.score ?? 0)).toBe(true);
});

test("a bare status word matches its status scenarios", () => {
  expect(["acme/sent", "beta/sent"]).toContain(top("Sent")?.slug);
  expect(top("FAILED")?.slug).toBe("beta/failed");
});

test("a status after a status key in a log line is read as that status", () => {
  const m = top('2024-03-14T11:05:09Z [worker-01] msg=b2a9f0c4 type=SMS status="Not sent"');
  expect(m?.slug).toBe("acme/not-sent");
  expect(m?.why.kind).toBe("status");
});

test("system words in the paste break ties between systems", () => {
  expect(top("BetaMail: Authentication failed")?.slug).toBe("beta/auth-failed");
  expect(top("Acme dispatchRequest: Authentication failed")?.slug).toBe("acme/auth-failed");
});

test("unrelated text matches nothing", () => {
  for (const text of [
    "How do I book a meeting room?",
    "I sent my mum a birthday card",
    "the printer is waiting for paper",
    "The chat with my landlord went well",
    "my laptop battery drains fast",
  ]) {
    expect(diagnose(index, text), text).toEqual([]);
  }
});

test("the first match clears the threshold; runners-up below it are at least POSSIBLE_FLOOR and only 'possible'", () => {
  const queries = [
    "dispatch paused records skipped Max Record size",
    "the administrator paused it and too many records were in the request",
    "Dispatch is paused",
    "records",
  ];
  for (const q of queries) {
    const ms = diagnose(index, q, { limit: 50 });
    if (ms.length === 0) continue;
    expect(ms[0]?.score ?? 0, q).toBeGreaterThanOrEqual(index.threshold);
    for (const m of ms) {
      expect(m.score, q).toBeGreaterThanOrEqual(Math.min(POSSIBLE_FLOOR, index.threshold) - 0.0005);
      expect(m.score, q).toBeLessThanOrEqual(1);
      if (m.score < index.threshold) expect(m.confidence, q).toBe("possible");
    }
  }
});

test("runners-up below the threshold never appear without a first match above it", () => {
  const alone = rank(index, "the administrator paused it and too many records were in the request", { limit: 50, threshold: 0.99 });
  expect(alone).toEqual([]);
  const low = rank(index, "the administrator paused it and too many records were in the request", { limit: 50, threshold: 0 });
  expect(low.length).toBeGreaterThan(0);
});

test("a 200-line excerpt with one relevant line finds it and points at it", () => {
  const noise = Array.from({ length: 200 }, (_, i) => `2024-03-14T10:${String(i % 60).padStart(2, "0")}:00Z INFO worker-${i % 7} processed ${i} items in ${i % 50} ms`);
  noise.splice(137, 0, "2024-03-14T10:17:00Z WARN dispatcher-fn Dispatch is paused");
  const text = noise.join("\n");
  const m = top(text);
  expect(m?.slug).toBe("acme/dispatch-paused");
  expect(m?.why.span && text.slice(...m.why.span)).toBe("Dispatch is paused");
});

test("a signature wrapped across two log lines still matches", () => {
  const text = "12:17:10.147 WARN Protocol Closed message: 'Exception occured \nduring channel opening ---> SocketException'";
  expect(top(text)?.slug).toBe("acme/channel-opening");
});

test("in a list of statuses, the odd one out is the question", () => {
  expect(top("Communication log\nType | State\nSMS | SENT\nEMAIL | FAILED\nSMS | SENT")?.slug).toBe("beta/failed");
});

test("the highlighted span is the matched text as the user wrote it", () => {
  const text = "Hello, our log says: dispatch IS PAUSED since Monday";
  const m = top(text);
  expect(m?.slug).toBe("acme/dispatch-paused");
  expect(m?.why.span && text.slice(...m.why.span)).toBe("dispatch IS PAUSED");
});

test("limit caps the number of matches", () => {
  expect(diagnose(index, "Authentication failed", { limit: 1 })).toHaveLength(1);
  expect(diagnose(index, "Authentication failed", { limit: 0 })).toEqual([]);
});

test("hostile strings never throw and return a list", () => {
  const hostile = [
    "",
    " ",
    "\u0000\u0001\u0002 Dispatch is paused \u0000",
    "\ud800\udc00\ud800 lone \udfff surrogates",
    "💥🔥 Max Record size Exceeded 🧨",
    "\u202eDispatch is paused\u202c مرحبا",
    "(((((((((((a+)+)+)+)+)+)+ .* [^] \\ $^ {1,} (?<x>) \\p{L}",
    "a".repeat(200_000),
    "x-".repeat(50_000),
    "1.2.3.4.5.6.7.8.9.0.".repeat(5000),
    "Dispatch is paused\n".repeat(10_000),
    "e\u0301".repeat(1000),
  ];
  for (const text of hostile) expect(Array.isArray(diagnose(index, text))).toBe(true);
  expect(diagnose(index, undefined)).toEqual([]);
  expect(diagnose(index, 42)).toEqual([]);
});

test("a word still being typed at the end of the paste is completed", () => {
  expect(top("Max Record si")?.slug).toBe("acme/max-records");
  expect(top("Dispatch is pau")?.slug).toBe("acme/dispatch-paused");
});

test("a status written as its system writes it ranks that system first", () => {
  expect(top("SENT")?.slug).toBe("beta/sent");
  expect(top("Sent")?.slug).toBe("acme/sent");
});

test("a capitals-only status in other words and another context is not that status", () => {
  expect(slugs("Status: Failed - payment declined by the bank")).not.toContain("beta/failed");
  expect(top("BetaMail notification state: failed")?.slug).toBe("beta/failed");
});

test("a status in a pasted table's Status column is read as that status", () => {
  const table = "Subject | Status\nWelcome | Sent\nReminder | Sent\nInvoice | Not sent\nNews | Sent";
  expect(top(table)?.slug).toBe("acme/not-sent");
  expect(top("| Subject | Status |\n|---|---|\n| Welcome | Waiting |")?.slug).toBe("acme/waiting");
  expect(slugs("| Subject | Owner |\n| Welcome | Waiting |")).not.toContain("acme/waiting");
});
