import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problem";

const root = process.cwd();
const { catalog, problems } = loadCatalog(root, "agent");
const inventory = readFileSync(join(root, "tests/fixtures/inventory-ids.txt"), "utf8").split("\n").filter(Boolean);

function seedStepCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const dir = join(root, "tests/seed-steps");
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const data: Record<string, unknown> = JSON.parse(readFileSync(join(dir, name), "utf8"));
    for (const [id, n] of Object.entries(data)) if (typeof n === "number") counts.set(id, n);
  }
  return counts;
}

describe("the real catalog", () => {
  test("has no content errors", () => {
    expect(problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
  });

  test("contains every scenario id of the public inventory", () => {
    const ids = new Set(catalog.scenarios.map((s) => s.id));
    expect(inventory.filter((id) => !ids.has(id))).toEqual([]);
    expect(inventory.length).toBeGreaterThan(0);
  });

  test("our inventory copy matches ../shared/content-inventory.md when it is there", () => {
    const shared = join(root, "../shared/content-inventory.md");
    if (!existsSync(shared)) return;
    const ids = [...readFileSync(shared, "utf8").matchAll(/^\| ([a-z]+\/[a-z0-9-]+) \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(inventory);
  });

  test("every scenario of a system written from a seed has as many remedy steps as its seed gives", () => {
    // A system without a `seed:` has no source document to count against.
    const seeded = new Set(catalog.systems.filter((s) => s.seed).map((s) => s.id));
    const scenarios = catalog.scenarios.filter((s) => seeded.has(s.system));
    const counts = seedStepCounts();
    const actual = Object.fromEntries(scenarios.map((s) => [s.id, s.steps.length]));
    const expected = Object.fromEntries(scenarios.map((s) => [s.id, counts.get(s.id)]));
    expect(actual).toEqual(expected);
    expect(counts.size).toBe(scenarios.length);
  });

  test("the seeds' limits and numbers are all in the content", () => {
    const text = catalog.scenarios.map((s) => s.text).join("\n") + catalog.systems.map((s) => s.text).join("\n");
    for (const n of ["18000", "15 dispatches", "12 hours", "160 characters", "4 hours", "20%", "25%", "54"]) {
      expect(text, n).toContain(n);
    }
  });
});
