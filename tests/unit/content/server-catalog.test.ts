import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { formatProblem } from "@/lib/content/problem";

// The dev preview's catalog: recomputed only when the content fingerprint changes.
const root = mkdtempSync(join(tmpdir(), "fixpath-memo-"));
beforeAll(() => {
  cpSync(join(process.cwd(), "content"), join(root, "content"), { recursive: true });
  vi.stubEnv("NODE_ENV", "development");
  vi.stubEnv("FIXPATH_CONTENT_ROOT", root);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe("the app's catalog in development", () => {
  test("is read once while content is unchanged, and again after an edit", async () => {
    const { getCatalog, getCatalogResult } = await import("@/lib/content");
    const first = getCatalog();
    expect(getCatalog()).toBe(first);
    expect(getCatalogResult().catalog).toBe(first);
    const file = join(root, "content", first.scenarios[0]!.file.slice("content/".length));
    appendFileSync(file, "\nAn edit the preview must show.\n");
    const edited = getCatalog();
    expect(edited).not.toBe(first);
    expect(edited.scenarios.find((s) => s.id === first.scenarios[0]!.id)?.text).toContain("An edit the preview must show.");
  });

  test("is one per process: another instance of the module (next dev loads one per route) gets the same catalog", async () => {
    const first = (await import("@/lib/content")).getCatalog();
    vi.resetModules();
    const again = await import("@/lib/content");
    expect(again.getCatalog()).toBe(first);
  });

  test("reports the matcher's rules too, as content:check does, once the watcher's poll has run them", async () => {
    const { currentContentVersion, getCatalogResult, polledContentVersion } = await import("@/lib/content");
    const file = join(root, "content/wxm/dispatch-paused.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^signatures:\n/m, 'signatures:\n  - "the"\n'));
    const expected = 'content/wxm/dispatch-paused.mdx: signatures: "the" does not find this scenario first (nothing matches): make it more specific';
    // A poll before any page has shown the edit answers the new fingerprint at once, running nothing.
    const fingerprint = polledContentVersion();
    expect(getCatalogResult().problems.map(formatProblem)).not.toContain(expected);
    const rendered = currentContentVersion();
    expect(rendered).toBe(fingerprint);
    // The next poll runs the matcher's rules; their error changes the version, so the page reloads with it.
    const polled = polledContentVersion();
    expect(polled).not.toBe(rendered);
    expect(getCatalogResult().problems.map(formatProblem)).toContain(expected);
    expect(currentContentVersion()).toBe(polled);
  });
});
