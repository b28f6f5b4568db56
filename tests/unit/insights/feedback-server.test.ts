import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { getScenarios } from "@/lib/content";
import { openStore, rowsOf } from "@/lib/insights/db/open";
import { MAX_EVENT_BODY_BYTES } from "@/lib/insights/schema";
import { serveBuilt } from "../../../scripts/serve-built.mts";
import { assertBuilt } from "../build-output";

// A port the system gives (or FIXPATH_FEEDBACK_TEST_PORT): a fixed one collided with other servers on a shared machine.
const port = Number(process.env.FIXPATH_FEEDBACK_TEST_PORT ?? 0);

/**
 * The built server (`npm start`) answers POST /api/feedback past Next's router
 * (lib/insights/fast-path.ts): the same answers as the route, the same security headers, rows in
 * the database; and a stop signal closes the embedded database cleanly (its lock file is removed).
 */
test("the built server's feedback answers, and a clean close of the database on SIGTERM", async () => {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), "fixpath-feedback-"));
  const served = await serveBuilt({ port, env: { FIXPATH_DATA_DIR: dir } });
  const scenario = getScenarios()[0]!.id;
  const post = (body: string) => fetch(`${served.base}/api/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body });
  let stopped = false;
  try {
    // The first start initialises the embedded database.
    const deadline = Date.now() + 90_000;
    let first: Response;
    while ((first = await post(JSON.stringify({ scenario, solved: true }))).status !== 201) {
      if (Date.now() > deadline) throw new Error(`the server never stored a feedback (last status ${first.status})`);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await first.json()).toEqual({ stored: true });
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("content-security-policy")).toBeTruthy();

    const notJson = await post("{not json");
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/not valid JSON/);
    const unknown = await post(JSON.stringify({ scenario: "nope/not-a-scenario", solved: true }));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/unknown scenario/);
    const badReason = await post(JSON.stringify({ scenario, solved: false, reason: "because" }));
    expect(badReason.status).toBe(400);
    const huge = await post(JSON.stringify({ scenario, solved: false, comment: "x".repeat(MAX_EVENT_BODY_BYTES) }));
    expect(huge.status).toBe(413);
    // The server still answers after refusing a body.
    expect((await post(JSON.stringify({ scenario, solved: false, reason: "unclear" }))).status).toBe(201);

    await served.stop();
    stopped = true;
    expect(existsSync(join(dir, "fixpath.lock")), "SIGTERM closes the database and releases the folder").toBe(false);
    const store = await openStore({ dataDir: dir });
    try {
      const rows = await rowsOf<{ solved: boolean; reason: string | null }>(store.db, sql`select solved, reason from events where type = 'feedback' order by solved desc`);
      expect(rows).toEqual([
        { solved: true, reason: null },
        { solved: false, reason: "unclear" },
      ]);
    } finally {
      await store.close();
    }
  } finally {
    if (!stopped) await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
