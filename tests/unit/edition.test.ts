import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { distDir } from "./build-output";
import { internalFragments } from "./internal-text";
import { scan } from "../../scripts/leak-scan.mts";

const fragments = internalFragments();

// The one leak test on a real build: the customer build `npm test` makes before Vitest (NEXT_DIST_DIR
// or .next). The scanner itself is tested on planted files (leak-scan.test.ts), and every shape of
// internal text (in a step, a note, a table cell, a key fact) on the pipeline (content/render.test.tsx).
describe("the customer build", () => {
  test("content has internal blocks to look for (else this test would prove nothing)", () => {
    const files = new Set(fragments.map((f) => f.file));
    const blocks = [...readFileSync(join(process.cwd(), "content/casa/_system.mdx"), "utf8").matchAll(/<Internal>/g)];
    expect(blocks.length).toBeGreaterThan(0);
    expect(files.size).toBeGreaterThan(1);
  });

  test("is a customer build with its compiled catalog", () => {
    expect(existsSync(join(distDir, "BUILD_ID")), "run `next build` first (npm test does)").toBe(true);
    const catalog = JSON.parse(readFileSync(join(distDir, "fixpath/catalog.json"), "utf8")) as { edition: string };
    expect(catalog.edition).toBe("customer");
  });

  test("holds no sentence of any internal block in any file (pages, RSC payloads, JSON, chunks, the compiled catalog)", () => {
    const hits = scan(distDir, [...new Set(fragments.map((f) => f.fragment))]);
    expect(hits.map((h) => `${h.file.slice(distDir.length + 1)}: ${h.needle}`)).toEqual([]);
  });

  // npm test builds the agent edition too: there the same needles must be found, which shows they
  // are written as the build writes the text (a needle that never matches would prove nothing).
  const agentDist = join(process.cwd(), ".next-agent");
  test.skipIf(!existsSync(join(agentDist, "BUILD_ID")))("the agent build holds a sentence of every internal block, so the needles can match", () => {
    const found = new Set(scan(agentDist, [...new Set(fragments.map((f) => f.fragment))]).map((h) => h.needle));
    const filesFound = new Set(fragments.filter((f) => found.has(f.fragment)).map((f) => f.file));
    expect([...new Set(fragments.map((f) => f.file))].filter((f) => !filesFound.has(f))).toEqual([]);
  });
});
