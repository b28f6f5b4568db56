import { expect, test } from "vitest";
import { buildMatchIndex } from "@/lib/match";
import { answerGet, answerPost, MAX_BODY_BYTES } from "@/lib/match/api";
import { MAX_INPUT_BYTES } from "@/lib/match/text";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const errorOf = (a: ReturnType<typeof answerPost>) => ("error" in a.body ? a.body.error : "");

test("POST with a text answers 200 and the ranked matches", () => {
  const a = answerPost(index, JSON.stringify({ text: "Dispatch is paused" }));
  expect(a.status).toBe(200);
  expect("matches" in a.body && a.body.matches[0]).toMatchObject({ slug: "acme/dispatch-paused", url: "/scenarios/acme/dispatch-paused", system: "acme" });
});

test("GET ?q= answers the same as POST", () => {
  expect(answerGet(index, new URLSearchParams({ q: "Not sent" }))).toEqual(answerPost(index, JSON.stringify({ text: "Not sent" })));
});

test("unrelated text is a 200 with no matches, not an error", () => {
  expect(answerPost(index, JSON.stringify({ text: "How do I book a meeting room?" }))).toEqual({ status: 200, body: { matches: [] } });
});

test("malformed JSON is a 400 that says so", () => {
  const a = answerPost(index, "{text: nope");
  expect(a.status).toBe(400);
  expect(errorOf(a)).toMatch(/not valid JSON/);
});

test("a wrongly shaped body is a 400 naming the problem", () => {
  expect(errorOf(answerPost(index, "{}"))).toMatch(/missing field text/);
  expect(errorOf(answerPost(index, JSON.stringify({ text: 42 })))).toMatch(/text: text must be a string/);
  expect(errorOf(answerPost(index, JSON.stringify(["Dispatch is paused"])))).toMatch(/expected a JSON object/);
  expect(errorOf(answerPost(index, JSON.stringify({ text: "x", extra: 1 })))).toMatch(/unknown field extra/);
  expect(errorOf(answerPost(index, JSON.stringify({ text: "x", limit: 0 })))).toMatch(/limit/);
  expect(answerPost(index, "null").status).toBe(400);
});

test("GET without q, or with a bad limit, is a 400", () => {
  expect(answerGet(index, new URLSearchParams()).status).toBe(400);
  expect(answerGet(index, new URLSearchParams({ q: "x", limit: "lots" })).status).toBe(400);
  const ok = answerGet(index, new URLSearchParams({ q: "Authentication failed", limit: "1" }));
  expect("matches" in ok.body && ok.body.matches).toHaveLength(1);
});

test("a text over the documented limit is a 413, one at the limit is answered", () => {
  expect(answerPost(index, JSON.stringify({ text: "a".repeat(MAX_INPUT_BYTES + 1) })).status).toBe(413);
  expect(answerGet(index, new URLSearchParams({ q: "é".repeat(MAX_INPUT_BYTES / 2 + 1) })).status).toBe(413);
  expect(answerPost(index, JSON.stringify({ text: "a".repeat(MAX_INPUT_BYTES) })).status).toBe(200);
  expect(answerPost(index, " ".repeat(MAX_BODY_BYTES + 1)).status).toBe(413);
});

test("a pasted table answers its causes per row, with counts, next to the matches", () => {
  const a = answerPost(index, JSON.stringify({ text: "Subject\tStatus\nHi\tSent\nHo\tNot sent\nHu\tNot sent" }));
  expect(a.status).toBe(200);
  const body = "matches" in a.body ? a.body : undefined;
  expect(body?.table?.rows).toBe(3);
  expect(body?.table?.groups.map((g) => [g.slug, g.count])).toEqual([["acme/not-sent", 2], ["acme/sent", 1]]);
  expect(body?.matches[0]?.confidence).toBeDefined();
  // A plain text has no table.
  const plain = answerPost(index, JSON.stringify({ text: "Dispatch is paused" }));
  expect("matches" in plain.body && "table" in plain.body).toBe(false);
});
