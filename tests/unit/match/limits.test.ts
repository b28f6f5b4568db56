import { expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, diagnose, toMatchDocs, tokenize } from "@/lib/match";
import { findNumbers } from "@/lib/match/paste-numbers";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const top = (text: string) => diagnose(index, text)[0];

test("numbers are read as written: separators, k and lakh, percent", () => {
  const read = (text: string) => findNumbers(tokenize(text), text).map((n) => [n.value, n.unit]);
  expect(read("25000 records")).toEqual([[25000, "count"]]);
  expect(read("21,450 rows and 1 200 500 more, 3,89,500 in India")).toEqual([[21450, "count"], [1200500, "count"], [389500, "count"]]);
  expect(read("25k rows, 4 lakh SMS, 1.2 million, 30% errors")).toEqual([[25000, "count"], [400000, "count"], [1200000, "count"], [30, "%"]]);
  expect(read("batch 1234567 of 2000000")).toEqual([[1234567, "count"], [2000000, "count"]]);
  expect(read("token 13h old, 90 min ago, after 2 seconds")).toEqual([[13 * 3600, "time"], [90 * 60, "time"], [2, "time"]]);
  expect(read("order #48213, sms2")).toEqual([]);
  expect(read("regenerated once a day, or every two hours")).toEqual([[86400, "time"], [7200, "time"]]);
});

test("a number above a declared limit, next to its word, finds the limit's scenario", () => {
  const m = top("we sent 25000 records in one request and got a 400 back");
  expect(m?.slug).toBe("acme/max-records");
  expect(m?.why.kind).toBe("limit");
  expect(top("our request carried 20 dispatches and the API refused it")?.slug).toBe("acme/max-dispatches");
});

test("a number within the limit, or far from the limit's word, is no evidence", () => {
  expect(diagnose(index, "we sent 250 records yesterday").find((m) => m.why.kind === "limit")).toBeUndefined();
  expect(diagnose(index, "20 people asked about it; the records were fine").find((m) => m.why.kind === "limit")).toBeUndefined();
});

test("an order number or a duration is not a count", () => {
  expect(diagnose(index, "Order #48213 has been dispatched").find((m) => m.why.kind === "limit")).toBeUndefined();
  expect(diagnose(index, "added 20 minutes ago to the dispatches list").find((m) => m.why.kind === "limit")).toBeUndefined();
});

test("a number counts the quantity whose word is nearest", () => {
  // "request" and "dispatch" are both near, but "records" is right after the number.
  const matches = diagnose(index, "25000 records in one dispatch request");
  expect(matches[0]?.slug).toBe("acme/max-records");
  expect(matches.find((m) => m.slug === "acme/max-dispatches" && m.why.kind === "limit")).toBeUndefined();
});

test("every limit the real catalog declares is found by a paste that exceeds it", () => {
  const { catalog } = loadCatalog(process.cwd(), "customer");
  const real = buildMatchIndex(toMatchDocs(catalog));
  const limited = catalog.scenarios.flatMap((s) => (s.limits ?? []).filter((l) => l.max !== undefined && !l.unit).map((l) => ({ id: s.id, l })));
  expect(limited.length).toBeGreaterThan(0);
  for (const { id, l } of limited) {
    const paste = `we tried ${Math.round((l.max ?? 0) * 1.4)} ${l.words[0]} and it was rejected`;
    expect(diagnose(real, paste)[0]?.slug, paste).toBe(id);
  }
});

test("a number is not read against the limit of a system the paste does not name when it names another", () => {
  const index = buildMatchIndex(fixtureDocs);
  const slugs = (text: string) => diagnose(index, text, { threshold: 0 }).map((m) => m.slug);
  expect(slugs("we sent 25000 records")[0]).toBe("acme/max-records");
  expect(slugs("Acme: we sent 25000 records")[0]).toBe("acme/max-records");
  expect(diagnose(index, "Beta Mail report: 25000 records", { threshold: 0 }).find((m) => m.why.kind === "limit")).toBeUndefined();
});

test("a log's timestamps are read as durations: lines 2, 6 and 18 seconds apart show a retry policy that states them", () => {
  const docs = [
    ...fixtureDocs,
    { ...fixtureDocs[0]!, id: "beta/retry-policy", title: "Automatic retry policy", system: "beta", signatures: ["retry policy"], symptoms: [], summary: "", limits: [{ quantity: "seconds between retries", value: [2, 6, 18, 54], unit: "seconds" as const, words: ["retry"] }] },
  ];
  const index = buildMatchIndex(docs);
  const log = (seconds: number[]) => seconds.map((s, i) => `2026-11-27 09:00:${String(s).padStart(2, "0")}.004 INFO receiver POST /events 500 attempt=${i + 1}`).join("\n");
  const retried = diagnose(index, log([0, 2, 8, 26]))[0];
  expect(retried?.slug).toBe("beta/retry-policy");
  expect(retried?.why.kind).toBe("limit");
  expect(diagnose(index, log([0, 1, 2, 3])).find((m) => m.slug === "beta/retry-policy")).toBeUndefined();
});

test("a number passing the limits of several systems points to none of them unless the paste names one", () => {
  const beta = fixtureDocs.find((d) => d.system === "beta");
  if (!beta) throw new Error("the fixture has a beta scenario");
  // Beta declares the same quantity word as acme/max-records, with a lower limit.
  const both = buildMatchIndex([...fixtureDocs, { ...beta, id: "beta/max-rows", title: "Too many rows", limits: [{ quantity: "rows per upload", max: 500, words: ["records"] }] }]);
  const paste = "we sent 25000 records";
  expect(diagnose(index, paste)[0]?.why.kind).toBe("limit");
  expect(diagnose(both, paste).find((m) => m.why.kind === "limit")).toBeUndefined();
  expect(diagnose(both, `Acme: ${paste}`)[0]?.slug).toBe("acme/max-records");
  expect(diagnose(both, `Beta: ${paste}`)[0]?.slug).toBe("beta/max-rows");
});
