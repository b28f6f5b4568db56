import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
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
