import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildFlow, encodeState, START, walkFlow, type Walk } from "@/lib/wizard";
import { fixtureCatalog } from "./fixture-catalog";

const walks: Array<[string, Walk]> = [
  ["the real catalog", walkFlow(buildFlow(loadCatalog(process.cwd(), "agent").catalog))],
  ["the fixture catalog", walkFlow(buildFlow(fixtureCatalog()))],
];

describe.each(walks)("every path through %s", (_name, walk) => {
  test("ends in a solved root cause or in escalation, and nowhere else", () => {
    const deadEnds = [...walk.screens.entries()].filter(([key]) => (walk.edges.get(key) ?? []).length === 0);
    expect(deadEnds.length).toBeGreaterThan(0);
    for (const [key, screen] of deadEnds) expect([key, screen.view.kind]).toEqual([key, expect.stringMatching(/^(solved|escalation)$/)]);
  });

  test("reaches an end from every screen, so no path loops forever", () => {
    const canEnd = new Set<string>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, next] of walk.edges) {
        if (canEnd.has(key)) continue;
        if (next.length === 0 || next.some((n) => canEnd.has(n))) {
          canEnd.add(key);
          grew = true;
        }
      }
    }
    expect([...walk.screens.keys()].filter((k) => !canEnd.has(k))).toEqual([]);
  });

  test("only ends after showing a root cause or the group's combined checklist", () => {
    for (const [key, next] of walk.edges) {
      const from = walk.screens.get(key)?.view.kind;
      for (const target of next) {
        const to = walk.screens.get(target)?.view.kind;
        if (to === "solved" || to === "escalation") expect([key, from]).toEqual([key, expect.stringMatching(/^(result|checklist)$/)]);
      }
    }
  });

  test("starts at choosing the product", () => {
    expect(walk.screens.get(encodeState(START))?.view.kind).toBe("system");
  });
});
