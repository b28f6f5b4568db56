import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { nextStep, resolveEscalation } from "@/lib/reply";

const customer = loadCatalog(process.cwd(), "customer").catalog;
const agent = loadCatalog(process.cwd(), "agent").catalog;

/**
 * Internal teams and people, from the sources themselves: the names under the CASA seed's "Exact Dev
 * to Reach Out To", the teams it names ("CASA dev", "CS team").
 */
function internalNames(): string[] {
  const seed = readFileSync("../shared/seeds/002_b74eb1bbf04935bc.txt", "utf8");
  const section = seed.split("Exact Dev to Reach Out To")[1] ?? "";
  const people = section
    .split("\n")
    .map((line) => line.split("—")[0]?.trim() ?? "")
    .filter((name) => /^[A-Z][a-z]+/.test(name))
    .map((name) => name.split(" ")[0] ?? name);
  const teams = [...seed.matchAll(/\b(CASA dev|CS team|CASA team)\b/gi)].map((m) => m[1] ?? "");
  return [...new Set([...people, ...teams])].filter(Boolean);
}

describe("escalation in the customer edition", () => {
  const names = internalNames();

  test("the sources name internal people and teams to look for", () => {
    expect(names.length).toBeGreaterThan(3);
  });

  test("no system or scenario names an internal team or person", () => {
    for (const item of [...customer.systems, ...customer.scenarios]) {
      const text = JSON.stringify(item).toLowerCase();
      for (const name of names) expect(text, `${item.id} names ${name}`).not.toContain(name.toLowerCase());
    }
  });

  test("every scenario and system ends escalation with a next step", () => {
    for (const system of customer.systems) {
      expect(system.escalation, system.id).toBeDefined();
      if (system.escalation) expect(nextStep(system.escalation), system.id).toBeTruthy();
    }
    for (const scenario of customer.scenarios) {
      const owner = customer.systems.find((s) => s.id === scenario.system);
      const escalation = resolveEscalation(scenario.escalation, owner?.escalation);
      expect(escalation, scenario.id).toBeDefined();
      if (escalation) expect(nextStep(escalation), scenario.id).toBeTruthy();
    }
  });

  test("the agent edition still tells agents to escalate to the CASA dev team (in an <Internal> block)", () => {
    const casa = agent.systems.find((s) => s.id === "casa");
    expect(casa?.text).toContain("Agents escalate to the CASA dev team.");
  });
});
