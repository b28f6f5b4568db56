import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { toCatalogJson } from "@/lib/content/catalog-json";
import { loadCatalog } from "@/lib/content/load";
import type { Catalog } from "@/lib/content/types";
import { diagnose } from "@/lib/match";
import { indexForCatalog } from "@/lib/match/catalog-index";
import { selfMatchProblems } from "@/lib/match/self-match";
import { buildFlow, unreachableScenarios, walkFlow } from "@/lib/wizard";
import { contentCheckCommand } from "../../../scripts/content-check.mts";
import { captureIo, contentOnDisk, copyContent, frontmatterOf, repo } from "./content-root";

// A system, its statuses and its scenarios are content only: copy content/, drop in tests/fixtures/relay/
// (an email relay with the statuses Bounced and Deferred, two scenarios and no seed document), and every
// check that reads content must take it without a change to code or tests.
const fixtureDir = join(repo, "tests/fixtures/relay");
const fixtureScenarios = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
  .map((f) => `relay/${f.replace(/\.mdx$/, "")}`)
  .sort();

let root = "";
let remove = () => {};
let agent: Catalog;
let customer: Catalog;

beforeAll(() => {
  ({ root, remove } = copyContent("fixpath-sixth-"));
  cpSync(fixtureDir, join(root, "content/relay"), { recursive: true });
  agent = loadCatalog(root, "agent").catalog;
  customer = loadCatalog(root, "customer").catalog;
}, 60_000);
afterAll(() => remove());

describe("a sixth system added as content only", () => {
  test("content:check passes and counts it", () => {
    const io = captureIo();
    const status = contentCheckCommand([], { FIXPATH_ROOT: root }, io);
    const onDisk = contentOnDisk(root);
    expect(onDisk.systems).toContain("relay");
    expect(io.text()).toContain(`content ok: ${onDisk.systems.length} systems, ${onDisk.scenarios.length} scenarios`);
    // The learned model (lib/match/learned.ts) has not read them: the docs team is told what to run.
    const note = io.text().split("\n").find((l) => l.startsWith("note: the learned model has not read"));
    expect(note).toContain(`these ${fixtureScenarios.length} scenarios`);
    for (const id of fixtureScenarios) expect(note).toContain(id);
    expect(note).toContain("npm run train");
    expect(status).toBe(0);
  });

  test("the catalog has the system, its statuses in the fixture's order and its scenarios, in both editions", () => {
    const declared = (frontmatterOf(root, "relay/_system.mdx").groups as Array<{ id: string; label: string }>).map((g) => g.label);
    expect(declared).toEqual(["Bounced", "Deferred"]);
    for (const catalog of [agent, customer]) {
      expect(catalog.systems.find((s) => s.id === "relay")?.groups.map((g) => g.label)).toEqual(declared);
      expect(catalog.scenarios.filter((s) => s.system === "relay").map((s) => s.id).sort()).toEqual(fixtureScenarios);
    }
  });

  test("the wizard reaches both new scenarios, under the statuses the fixture gives them", () => {
    expect(unreachableScenarios(agent)).toEqual([]);
    const flow = buildFlow(agent).systems.find((s) => s.id === "relay");
    const byGroup = Object.fromEntries((flow?.groups ?? []).map((g) => [g.id, g.scenarios.map((s) => s.id)]));
    const expected = Object.fromEntries(
      ["bounced", "deferred"].map((g) => [g, fixtureScenarios.filter((id) => frontmatterOf(root, `${id}.mdx`).status === g)]),
    );
    expect(byGroup).toEqual(expected);
    const shown = new Set<string>();
    for (const screen of walkFlow(buildFlow(agent)).screens.values()) if (screen.view.kind === "result") shown.add(screen.view.scenario.id);
    expect(fixtureScenarios.filter((id) => !shown.has(id))).toEqual([]);
  });

  test("every signature, the new ones included, finds its own scenario first", () => {
    expect(selfMatchProblems(agent)).toEqual([]);
    const index = indexForCatalog(customer);
    for (const id of fixtureScenarios) {
      const [signature] = frontmatterOf(root, `${id}.mdx`).signatures as string[];
      expect(diagnose(index, `relay log: ${signature}`)[0]?.slug, id).toBe(id);
    }
  });

  test("/catalog.json lists the system with its statuses and each scenario with its status and steps", () => {
    const json = toCatalogJson(customer);
    expect(json.systems.find((s) => s.id === "relay")).toMatchObject({ groupBy: "status", url: "/systems/relay" });
    for (const id of fixtureScenarios) {
      const fm = frontmatterOf(root, `${id}.mdx`);
      expect(json.scenarios.find((s) => s.id === id)).toMatchObject({ url: `/scenarios/${id}`, system: "relay", status: fm.status, title: fm.title });
    }
  });
});
