import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { commonProblems, FIRST_STEPS, toSearchCards } from "@/lib/search/cards";
import { internalFragments } from "../internal-text";
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

  test("hold no sentence of any <Internal> block", () => {
    const json = JSON.stringify(customer);
    const fragments = internalFragments();
    expect(fragments.length).toBeGreaterThan(0);
    for (const { file, fragment } of fragments) expect(json, `${file}: ${fragment}`).not.toContain(fragment);
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
