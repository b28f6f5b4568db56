import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, tokenize } from "@/lib/match";
import { singulars, withEllipsis } from "@/lib/match/limit-index";
import { findNumbers } from "@/lib/match/paste-numbers";
import { fixtureDocs } from "./fixture";

// The fixture declares records/rows (max 18000) and dispatches (max 15) for two Acme scenarios.
const index = buildMatchIndex(fixtureDocs);
const limitHit = (text: string) => diagnose(index, text, { threshold: 0 }).find((m) => m.why.kind === "limit")?.slug;

test("a declared plural written in the singular counts right after the number, not as a label before it", () => {
  expect(singulars("rows")).toEqual(["row"]);
  expect(singulars("dispatches")).toEqual(["dispatche", "dispatch"]);
  expect(singulars("class")).toEqual([]);
  expect(limitHit("a 23,500-row CSV went into a single request; response: HTTP 400")).toBe("acme/max-records");
  expect(limitHit("the request carrying 16 dispatch ids bounced")).toBe("acme/max-dispatches");
  // "dispatch API 401": the singular before the number names a thing, it does not count 401 of them.
  expect(limitHit("every dispatch endpoint call returns 401")).toBeUndefined();
  expect(limitHit("dispatch 401 again")).toBeUndefined();
});

test("a spaced compound limit word may be written by its first word alone, a hyphenated one may not", () => {
  expect(withEllipsis(["token", "bearer token"])).toEqual(["token", "bearer token", "bearer"]);
  expect(withEllipsis(["error rate", "errors"])).toEqual(["error rate", "errors", "error"]);
  expect(withEllipsis(["auto-resume", "resume"])).toEqual(["auto-resume", "resume"]);
  // A short first word ("sms parts") is too common to stand for the compound.
  expect(withEllipsis(["sms parts"])).toEqual(["sms parts"]);
  const base = fixtureDocs[0];
  if (!base) throw new Error("fixture has no docs");
  const token = { ...base, id: "acme/token-age", limits: [{ quantity: "hours a bearer token is used", max: 12, unit: "hours" as const, words: ["bearer token"] }] };
  const withToken = buildMatchIndex([...fixtureDocs, token]);
  const hit = (text: string) => diagnose(withToken, text, { threshold: 0 }).find((m) => m.why.kind === "limit")?.slug;
  expect(hit("the bearer is refreshed every 24 hours")).toBe("acme/token-age");
  expect(hit("the bearer is refreshed every 2 hours")).toBeUndefined();
});

test("a quantity word further than the near window counts only within the number's clause", () => {
  expect(limitHit("rows we pushed through the API this morning: 25000")).toBe("acme/max-records");
  expect(limitHit("rows were fine. Then the API said 25000")).toBeUndefined();
  expect(limitHit("rows were fine; then the API said 25000")).toBeUndefined();
});

test("a later number with no word of its own restates an earlier number's quantity only when of its order", () => {
  expect(limitHit("exactly 18000 rows per request has been fine for months; today's file of 18,250 was refused")).toBe("acme/max-records");
  // 400 is no restatement of 10 dispatches (a status code, 40 times the count).
  expect(limitHit("we sent 10 dispatches in the request; the answer was 400")).toBeUndefined();
  // Without the earlier quantity, a bare number is read against nothing.
  expect(limitHit("today's file of 18,250 was refused")).toBeUndefined();
});

test("a range takes its unit from its second end, and a ratio is read as a share", () => {
  const read = (text: string) => findNumbers(tokenize(text), text).map((n) => [n.value, n.unit]);
  expect(read("about 2-3 hours later")).toEqual([[7200, "time"], [10800, "time"]]);
  expect(read("2 to 3 h")).toEqual([[7200, "time"], [10800, "time"]]);
  expect(read("2-3 dispatches")).toEqual([[2, "count"], [3, "count"]]);
  expect(read("3 out of 12 sends")).toEqual([[3, "count"], [25, "%"], [12, "count"]]);
  expect(read("one in five sends")).toEqual([[1, "count"], [20, "%"], [5, "count"]]);
  // Not a ratio: the first number is larger, or the words between are no "in"/"out of".
  expect(read("12 in 3 batches, 3 and 12")).toEqual([[12, "count"], [3, "count"], [3, "count"], [12, "count"]]);
});

test("a share written as a ratio passes a declared rate", () => {
  const base = fixtureDocs[0];
  if (!base) throw new Error("fixture has no docs");
  const rate = { ...base, id: "acme/error-rate", limits: [{ quantity: "error rate that pauses a policy", from: 20, unit: "%" as const, words: ["errors", "errored"] }] };
  const withRate = buildMatchIndex([...fixtureDocs, rate]);
  const hit = (text: string) => diagnose(withRate, text, { threshold: 0 }).find((m) => m.why.kind === "limit")?.slug;
  expect(hit("3 out of 12 sends errored")).toBe("acme/error-rate");
  expect(hit("1 in 10 sends errored")).toBeUndefined();
});

test("a duration's or a rate's word may be written in another form of its event, a count's may not", () => {
  const base = fixtureDocs[0];
  if (!base) throw new Error("fixture has no docs");
  const rate = { ...base, id: "acme/error-rate", limits: [{ quantity: "error rate", from: 20, unit: "%" as const, words: ["errored"] }] };
  const token = { ...base, id: "acme/token-age", limits: [{ quantity: "token age", max: 12, unit: "hours" as const, words: ["bearer token"] }] };
  const cache = { ...base, id: "acme/cache", limits: [{ quantity: "cache refresh", min: 1, unit: "hours" as const, words: ["refresh"] }] };
  const idx = buildMatchIndex([...fixtureDocs, rate, token, cache]);
  const hit = (text: string) => diagnose(idx, text, { threshold: 0 }).find((m) => m.why.kind === "limit")?.slug;
  expect(hit("one in five sends erroring on the policy")).toBe("acme/error-rate");
  expect(hit("30% erroring")).toBe("acme/error-rate");
  // A word as declared stands before another form of a nearer word: refreshed is the bearer's here.
  expect(hit("the bearer is refreshed every 24 hours")).toBe("acme/token-age");
  expect(hit("cache refreshed after 30 minutes")).toBe("acme/cache");
  // "dispatched 20 surveys" counts surveys, not dispatches.
  expect(hit("we dispatched 20 surveys today")).toBeUndefined();
});
