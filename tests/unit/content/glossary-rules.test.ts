import { expect, test } from "vitest";
import { checkCatalog } from "@/lib/content/check";
import { glossaryProblems } from "@/lib/content/rules";
import { base } from "./fixtures";

const system = (id: string, glossary: Array<{ term: string; also: string[] }>) => ({ id, file: `content/${id}/_system.mdx`, glossary });

test("a word listed under two terms is an error on the later listing, whichever system lists it", () => {
  const problems = glossaryProblems([
    system("alpha", [{ term: "status", also: ["statut", "estado"] }]),
    system("beta", [{ term: "state", also: ["Statut", "Zustand"] }]),
  ]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: "content/beta/_system.mdx", field: "glossary", severity: "error" });
  expect(problems[0]?.message).toContain('"Statut" is also listed for "status" in content/alpha/_system.mdx');
});

test("a word that folds to another listing of the same term is a warning in one system, and fine across systems", () => {
  const twice = glossaryProblems([system("alpha", [{ term: "found", also: ["trouve", "trouvé"] }])]);
  expect(twice.map((p) => [p.severity, p.message])).toEqual([["warning", '"trouvé" is listed twice for "found"']]);
  const shared = glossaryProblems([system("alpha", [{ term: "not", also: ["nahi"] }]), system("beta", [{ term: "not", also: ["nahi"] }])]);
  expect(shared).toEqual([]);
});

test("a word the stemmer already reads as its term is an error: it would be read twice", () => {
  const problems = glossaryProblems([
    system("alpha", [
      { term: "invitation", also: ["invites", "Einladung"] },
      { term: "inactive", also: ["inactive", "inaktiv"] },
      { term: "not valid", also: ["not valid", "non valido"] },
    ]),
  ]);
  expect(problems.map((p) => p.message)).toEqual([
    '"invites" already reads as "invitation": remove it (listed, it is read twice)',
    '"inactive" already reads as "inactive": remove it (listed, it is read twice)',
    '"not valid" already reads as "not valid": remove it (listed, it is read twice)',
  ]);
});

test("content:check reports glossary problems of a system's overview with its file", () => {
  const [overview, ...rest] = base();
  if (!overview) throw new Error("fixture missing");
  const withGlossary = overview.source.replace(/^---\n/, "---\nglossary:\n  - { term: dispatch, also: [dispatches, Versand] }\n");
  expect(withGlossary).not.toBe(overview.source);
  const { problems } = checkCatalog([{ ...overview, source: withGlossary }, ...rest], "agent");
  const glossary = problems.filter((p) => p.field === "glossary");
  expect(glossary.map((p) => [p.file, p.severity])).toEqual([[overview.path, "error"]]);
  expect(glossary[0]?.message).toContain('"dispatches" already reads as "dispatch"');
});
