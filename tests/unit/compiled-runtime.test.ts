import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { answerGet } from "@/lib/match/api";
import { indexForCatalog } from "@/lib/match/catalog-index";
import { serveBuilt, type Served } from "../../scripts/serve-built.mts";
import { assertBuilt } from "./build-output";

// The built server answers from the catalog compiled into its build output: pointed at an empty
// content folder, it still answers exactly what the content says.
// A port the system gives (or FIXPATH_UNIT_PORT): a fixed one collided with other servers on a shared machine.
const port = Number(process.env.FIXPATH_UNIT_PORT ?? 0);
const empty = mkdtempSync(join(tmpdir(), "fixpath-no-content-"));
const { catalog } = loadCatalog(process.cwd(), "customer");
const queries = catalog.scenarios.map((s) => s.signatures[0] ?? s.title);
let server: Served;

beforeAll(async () => {
  assertBuilt();
  server = await serveBuilt({ port, env: { FIXPATH_CONTENT_ROOT: empty, FIXPATH_RATE_LIMIT: "100000" } });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  rmSync(empty, { recursive: true, force: true });
});

describe("the built server with an empty content folder", () => {
  test("the API answers every scenario's signature as the content says", async () => {
    const index = indexForCatalog(catalog);
    for (const q of queries) {
      const res = await fetch(`${server.base}/api/diagnose?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      const body = (await res.json()) as { matches: Array<Record<string, unknown> & { slug: string; steps?: Array<{ id: string }>; reply?: string }> };
      // The matcher's answer, exactly; each match also carries its first steps and a reply from the compiled catalog.
      const bare = { matches: body.matches.map(({ steps: _steps, reply: _reply, ...m }) => m) };
      expect(bare, q).toEqual(answerGet(index, new URLSearchParams({ q })).body);
      for (const m of body.matches) {
        const scenario = catalog.scenarios.find((s) => s.id === m.slug)!;
        expect(m.steps?.map((s) => s.id), q).toEqual(scenario.steps.slice(0, m.steps?.length).map((s) => s.id));
        expect(m.steps?.length, q).toBeGreaterThan(0);
        expect(m.reply, q).toContain(scenario.url);
      }
    }
  });

  test("server-rendered search and the wizard's paste still find the scenario", async () => {
    const first = catalog.scenarios[0]!;
    const search = await (await fetch(`${server.base}/search?q=${encodeURIComponent(first.signatures[0]!)}`)).text();
    expect(search).toContain(first.url);
    const wizard = await fetch(`${server.base}/diagnose?q=${encodeURIComponent(first.signatures[0]!)}`);
    expect(wizard.status).toBe(200);
  });
});
