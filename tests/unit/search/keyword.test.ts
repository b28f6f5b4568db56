import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { toSearchCards } from "@/lib/search/cards";
import { buildKeywordIndex, isKeywordQuery, keywordSearch } from "@/lib/search/keyword";
import { fixtureCatalog } from "./fixture";

describe("keyword search on a fixture catalog", () => {
  const index = buildKeywordIndex(toSearchCards(fixtureCatalog));
  const ids = (q: string) => keywordSearch(index, q).scenarios.map((h) => h.card.id);

  test("a provider named only among a system's aliases lists that system's scenarios", () => {
    expect(new Set(ids("Zorbix"))).toEqual(new Set(["acme/dispatch-paused", "acme/max-records"]));
    expect(keywordSearch(index, "Zorbix").systems.map((s) => s.id)).toEqual(["acme"]);
  });

  test("a typo in a keyword still finds it", () => {
    expect(ids("dispach")[0]).toBe("acme/dispatch-paused");
    expect(ids("Zorbx")).toContain("acme/max-records");
  });

  test("a status finds its scenario, and not the words it hides in", () => {
    // "Sent" is inside "Management" (a system's name): a keyword starts a word.
    expect(ids("Sent")).toEqual(["beta/sent"]);
  });

  test("a third-party product its content names points to the system", () => {
    expect(keywordSearch(index, "Qorvex").systems.map((s) => s.id)).toEqual(["beta"]);
    expect(new Set(ids("Qorvex"))).toEqual(new Set(["beta/sent", "beta/bounced"]));
  });

  test("a channel named in a system's product points to that system", () => {
    expect(keywordSearch(index, "webhook").systems.map((s) => s.id)).toEqual(["beta"]);
  });

  test("what matched is said in words", () => {
    const hit = keywordSearch(index, "Zorbix").scenarios[0];
    expect(hit?.matched).toBe("system: Zorbix");
  });

  test("nothing for a word no field has", () => {
    expect(keywordSearch(index, "kubernetes")).toEqual({ systems: [], scenarios: [], total: 0 });
  });
});

describe("keyword or paste", () => {
  test.each([
    ["dispatch", true],
    ["delivery policy", true],
    ["Karix", true],
    ["2024-03-14 ERROR Dispatch is paused\n2024-03-14 INFO retry", false],
    ["a".repeat(80), false],
    ["one two three four five", false],
    ["   ", false],
  ])("%j is a keyword query: %s", (q, want) => expect(isKeywordQuery(q)).toBe(want));
});

describe("keyword search on the real catalog", () => {
  const { catalog } = loadCatalog(process.cwd(), "customer");
  const index = buildKeywordIndex(toSearchCards(catalog));

  test.each(catalog.systems.map((s) => [s.shortName, s.id]))("%s lists its system's scenarios first", (name, id) => {
    const r = keywordSearch(index, name, 100);
    const own = catalog.scenarios.filter((s) => s.system === id).length;
    expect(r.systems.map((s) => s.id)).toContain(id);
    expect(r.scenarios.slice(0, own).every((h) => h.card.system === id)).toBe(true);
    expect(r.scenarios.length).toBeGreaterThanOrEqual(own);
  });

  test("every alias of a system finds at least one of its scenarios", () => {
    for (const s of catalog.systems) {
      for (const alias of s.aliases) {
        const r = keywordSearch(index, alias, 100);
        expect(r.scenarios.some((h) => h.card.system === s.id), `${alias} → ${s.id}`).toBe(true);
      }
    }
  });

  test("every scenario's title finds it among the first three", () => {
    for (const s of catalog.scenarios) {
      expect(keywordSearch(index, s.title.slice(0, 60), 3).scenarios.map((h) => h.card.id), s.title).toContain(s.id);
    }
  });
});
