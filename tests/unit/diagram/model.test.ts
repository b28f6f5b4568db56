import { describe, expect, test } from "vitest";
import { failingNodeIds, nodeLinks } from "@/components/diagram/model";
import { loadCatalog } from "@/lib/content/load";

const { catalog } = loadCatalog(process.cwd(), "agent");
const system = (id: string) => {
  const found = catalog.systems.find((s) => s.id === id);
  if (!found?.diagram) throw new Error(`no diagram for ${id}`);
  return { system: found, diagram: found.diagram, scenarios: catalog.scenarios.filter((s) => s.system === id) };
};
const failsAt = (id: string) => {
  const scenario = catalog.scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return failingNodeIds(system(scenario.system).diagram, scenario);
};

describe("where a scenario fails", () => {
  test("every scenario of a system with a diagram fails at exactly one node of it", () => {
    const drawn = new Set(catalog.systems.filter((s) => s.diagram).map((s) => s.id));
    expect(drawn.size).toBeGreaterThan(0);
    const misplaced = catalog.scenarios.filter((s) => drawn.has(s.system) && failsAt(s.id).length !== 1).map((s) => `${s.id}: ${failsAt(s.id).join(", ")}`);
    expect(misplaced).toEqual([]);
  });

  test("a WXM scenario fails at the pipeline stage that carries its group", () => {
    expect(failsAt("wxm/max-record-size-exceeded")).toEqual(["dispatch-request-api"]);
    expect(failsAt("wxm/dispatch-paused")).toEqual(["batch"]);
    expect(failsAt("wxm/null-check-failure")).toEqual(["trigger"]);
    expect(failsAt("wxm/bulk-token-exception")).toEqual(["token"]);
  });

  test("a node that names a scenario takes it over from the node that carries its group", () => {
    expect(failsAt("casa/delivery-callbacks-lost")).toEqual(["iot-web-api"]);
    expect(failsAt("casa/analytics-count-mismatch")).toEqual(["analytics"]);
    expect(failsAt("mambu/auto-retry-policy")).toEqual(["retries"]);
    expect(failsAt("mambu/notification-failed")).toEqual(["failed"]);
  });
});

describe("links from a node", () => {
  test("a node links to the sections of its groups, with their scenario counts, on the system page", () => {
    const { system: wxm, diagram, scenarios } = system("wxm");
    const batch = diagram.nodes.find((n) => n.id === "batch");
    if (!batch) throw new Error("no batch node");
    expect(nodeLinks(batch, wxm, scenarios)).toEqual([
      { text: "A whole batch failed (3 scenarios)", href: "/systems/wxm#batch-failed" },
      { text: "A dispatch's records were skipped (6 scenarios)", href: "/systems/wxm#dispatch-skipped" },
    ]);
  });

  test("a node that names a scenario links to it, unless this edition leaves the scenario out", () => {
    const { system: casa, diagram, scenarios } = system("casa");
    const iot = diagram.nodes.find((n) => n.id === "iot-web-api");
    if (!iot) throw new Error("no iot-web-api node");
    expect(nodeLinks(iot, casa, scenarios).map((l) => l.href)).toEqual(["/scenarios/casa/delivery-callbacks-lost"]);
    expect(nodeLinks(iot, casa, scenarios.filter((s) => s.slug !== "delivery-callbacks-lost"))).toEqual([]);
  });
});
