import { expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, diagnose, toMatchDocs } from "@/lib/match";
import { analyseQuery } from "@/lib/match/query";
import { fixtureDocs } from "./fixture";

const withGlossary = fixtureDocs.map((d) => (d.system === "acme" ? { ...d, glossary: [{ term: "administrator", also: ["admin"] }] } : d));

test("a glossary word reads as its term: admin is the administrator", () => {
  const text = "an admin stopped the dispatch";
  expect(diagnose(buildMatchIndex(fixtureDocs), text)[0]?.slug).not.toBe("acme/dispatch-paused");
  expect(diagnose(buildMatchIndex(withGlossary), text)[0]?.slug).toBe("acme/dispatch-paused");
});

test("a glossary word the catalog also uses keeps its own reading", () => {
  const both = fixtureDocs.map((d) => ({ ...d, glossary: [{ term: "administrator", also: ["dispatch"] }] }));
  expect(diagnose(buildMatchIndex(both), "Dispatch is paused")[0]?.slug).toBe("acme/dispatch-paused");
});

test("a status word in another language marks a status: statut, estado", () => {
  const index = buildMatchIndex(fixtureDocs);
  expect(diagnose(index, "le message est en statut Not sent")[0]?.slug).toBe("acme/not-sent");
});

test("every glossary term of the real catalog is made of words its scenarios use, and each word users write reads as a term", () => {
  const { catalog } = loadCatalog(process.cwd(), "customer");
  const index = buildMatchIndex(toMatchDocs(catalog));
  const entries = catalog.systems.flatMap((s) => (s.glossary ?? []).map((e) => ({ system: s.id, ...e })));
  expect(entries.length).toBeGreaterThan(0);
  for (const e of entries) {
    const term = analyseQuery(index, e.term).words.filter((w) => !w.stop);
    // A term the catalog never writes would make its words dead weight: nothing to match them to.
    expect(term.every((w) => w.stem >= 0 && (index.stemDocs[w.stem]?.length ?? 0) > 0), `${e.system}: ${e.term}`).toBe(true);
    for (const also of e.also) {
      const read = new Set(analyseQuery(index, also).words.map((w) => w.stem));
      const anyTerm = entries.filter((o) => o.also.includes(also)).some((o) => analyseQuery(index, o.term).words.some((w) => !w.stop && read.has(w.stem)));
      expect(anyTerm, `${e.system}: ${also} → ${e.term}`).toBe(true);
    }
  }
});

test("a glossary phrase reads as its term in place of its own words, and its words alone do not", () => {
  const withPhrase = fixtureDocs.map((d) => (d.system === "acme" ? { ...d, glossary: [{ term: "paused", also: ["on hold"] }] } : d));
  const index = buildMatchIndex(withPhrase);
  const paused = analyseQuery(index, "paused").words[0]?.stem;
  const read = analyseQuery(index, "the dispatch is on hold").words;
  expect(read.some((w) => w.stem === paused && w.token.raw === "on hold")).toBe(true);
  expect(analyseQuery(index, "hold on, the dispatch").words.some((w) => w.stem === paused)).toBe(false);
  expect(diagnose(buildMatchIndex(fixtureDocs), "the dispatch is on hold", { threshold: 0 })[0]?.score ?? 0).toBeLessThan(
    diagnose(index, "the dispatch is on hold", { threshold: 0 })[0]?.score ?? 0,
  );
  expect(diagnose(index, "the dispatch is on hold")[0]?.slug).toBe("acme/dispatch-paused");
});

test("a system's glossary is read once, not once per scenario", () => {
  const docs = fixtureDocs.map((d) => (d.system === "acme" ? { ...d, glossary: [{ term: "paused", also: ["on hold"] }] } : d));
  expect(docs.filter((d) => d.system === "acme").length).toBeGreaterThan(1);
  expect(buildMatchIndex(docs).glossaryPhrases.get("on")).toHaveLength(1);
});
