import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { parseMdxFile } from "@/lib/content/parse";
import { commonProblems, FIRST_STEPS, toSearchCards } from "@/lib/search/cards";
import { fixtureCatalog } from "./fixture";

describe("result cards", () => {
  const cards = toSearchCards(fixtureCatalog);
  const paused = cards.scenarios.find((c) => c.id === "acme/dispatch-paused");

  test("a card gives the scenario's root-cause sentence and its first customer step", () => {
    expect(paused?.rootCause).toBe("The dispatch is paused by an administrator, so its records are skipped.");
    expect(paused?.firstSteps).toEqual(["Make the dispatch live again."]);
  });

  test("an internal step is neither shown nor counted", () => {
    expect(JSON.stringify(cards)).not.toContain("Dana");
    expect(paused?.stepCount).toBe(2);
  });

  test("the common problems are the ones other scenarios point to most", () => {
    expect(commonProblems(fixtureCatalog, 2)).toEqual(["acme/dispatch-paused", "beta/sent"]);
  });

  test("systems carry their aliases and scenario counts", () => {
    expect(cards.systems.map((s) => [s.id, s.scenarioCount])).toEqual([["acme", 2], ["beta", 2]]);
    expect(cards.systems[0]?.aliases).toContain("Zorbix");
  });
});

describe("cards of the real customer edition", () => {
  const repo = process.cwd();
  const customer = toSearchCards(loadCatalog(repo, "customer").catalog);
  const { catalog: agent } = loadCatalog(repo, "agent");

  test("hold no sentence of any <Internal> block", () => {
    const json = JSON.stringify(customer);
    let checked = 0;
    for (const s of agent.scenarios) {
      for (const [from, to] of parseMdxFile(s.file, s.source).internalRanges) {
        const text = s.source.slice(from, to).replace(/<\/?Internal>/g, "").replace(/\s+/g, " ").trim();
        for (const sentence of text.split(/(?<=[.!?]) /).filter((t) => t.length > 25 && !/[*_`[\]]/.test(t))) {
          checked++;
          expect(json).not.toContain(sentence.slice(0, 60));
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test("every customer scenario has a card with its summary and its first step", () => {
    const { catalog } = loadCatalog(repo, "customer");
    for (const s of catalog.scenarios) {
      const card = customer.scenarios.find((c) => c.id === s.id);
      expect(card?.rootCause).toBe(s.summary);
      const steps = s.steps.filter((x) => !x.internal);
      expect(card?.firstSteps).toEqual(steps.slice(0, FIRST_STEPS).map((x) => x.text));
      expect(card?.stepCount).toBe(steps.length);
    }
  });
});
