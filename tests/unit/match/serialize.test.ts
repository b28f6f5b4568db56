import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, diagnose, loadIndex, serializeIndex, toMatchDocs } from "@/lib/match";
import { fixtureDocs } from "./fixture";

test("an index loaded from its JSON answers exactly like the original", () => {
  const index = buildMatchIndex(fixtureDocs);
  const copy = loadIndex(serializeIndex(index));
  for (const text of ["Not sent", "BetaMail: Authentication failed", "Max Recrod size Exceded", "the printer is waiting for paper"]) {
    expect(diagnose(copy, text)).toEqual(diagnose(index, text));
  }
});

test("loadIndex accepts the parsed value as well as the string", () => {
  const json = serializeIndex(buildMatchIndex(fixtureDocs));
  expect(loadIndex(JSON.parse(json)).docs).toHaveLength(fixtureDocs.length);
});

test("a malformed serialized index is refused", () => {
  expect(() => loadIndex("{")).toThrow();
  expect(() => loadIndex({ version: 2, systems: [], docs: [] })).toThrow();
  expect(() => loadIndex({ version: 1, systems: [], docs: [{ id: "x", url: "/", title: "t", system: 0, summary: "", signatures: [], symptoms: [], group: "" }] })).toThrow(/system #0/);
});

test("the real catalog's browser index is under 30 KB gzipped", () => {
  const { catalog } = loadCatalog(process.cwd(), "agent");
  const json = serializeIndex(buildMatchIndex(toMatchDocs(catalog)));
  const gz = gzipSync(json).length;
  console.log(`browser index: ${json.length} bytes raw, ${gz} bytes gzip (${catalog.scenarios.length} scenarios)`);
  expect(gz).toBeLessThan(30 * 1024);
});

test("toMatchDocs carries each system's words and a status system's status names", () => {
  const { catalog } = loadCatalog(process.cwd(), "customer");
  const docs = toMatchDocs(catalog);
  const queued = docs.find((d) => d.id === "mambu/notification-queued");
  expect(queued?.statuses).toEqual(["QUEUED", "WAITING", "SENDING_ASYNC"]);
  expect(queued?.aliases).toContain("Mambu");
  expect(docs.find((d) => d.id === "wxm/dispatch-paused")?.statuses).toEqual([]);
});
