import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildFlow, unreachableScenarios, walkFlow } from "@/lib/wizard";
import { contentOnDisk } from "../content/content-root";
import { fixtureCatalog, fixtureScenario } from "./fixture-catalog";

const real = loadCatalog(process.cwd(), "agent").catalog;

describe("the real catalog", () => {
  test("has every system and scenario loaded, so the checks below are not vacuous", () => {
    const onDisk = contentOnDisk(process.cwd());
    expect(onDisk.scenarios.length).toBeGreaterThan(0);
    expect(real.systems.map((s) => s.id).sort()).toEqual(onDisk.systems);
    expect(real.scenarios.map((s) => s.id).sort()).toEqual([...onDisk.scenarios].sort());
  });

  test("every scenario is reachable as a root cause from the start of the wizard", () => {
    expect(unreachableScenarios(real)).toEqual([]);
    const shown = new Set<string>();
    for (const screen of walkFlow(buildFlow(real)).screens.values()) {
      if (screen.view.kind === "result") shown.add(screen.view.scenario.id);
    }
    expect([...shown].sort()).toEqual(real.scenarios.map((s) => s.id).sort());
  });

  test("every scenario of the customer edition is reachable too", () => {
    expect(unreachableScenarios(loadCatalog(process.cwd(), "customer").catalog)).toEqual([]);
  });
});

describe("unreachableScenarios", () => {
  test("reports a scenario whose group its system does not declare, with the file and field", () => {
    const catalog = fixtureCatalog([
      fixtureScenario("too-big"),
      fixtureScenario("lost", { group: "vanished" }),
    ]);
    const problems = unreachableScenarios(catalog);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/acme/lost.mdx", field: "stage", severity: "error" });
    expect(problems[0]?.message).toContain('ACME declares no stage "vanished"');
  });

  test("reports a scenario whose system is missing", () => {
    const catalog = fixtureCatalog([fixtureScenario("too-big"), fixtureScenario("orphan", { system: "ghost", id: "ghost/orphan" })]);
    expect(unreachableScenarios(catalog).map((p) => p.field)).toEqual(["system"]);
  });

  test("finds nothing wrong with a catalog whose scenarios all sit in declared groups", () => {
    expect(unreachableScenarios(fixtureCatalog())).toEqual([]);
  });

  test("adding a scenario to the content adds it to the wizard", () => {
    const base = fixtureCatalog();
    const added = fixtureCatalog([...base.scenarios, fixtureScenario("new-one", { title: "A new one", group: "stuck", order: 2 })]);
    const flow = buildFlow(added);
    expect(flow.systems[0]?.groups[1]?.scenarios.map((s) => s.title)).toEqual(["Queue full", "A new one"]);
  });
});
