import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { getScenarios } from "@/lib/content";
import { DataDirLockedError } from "@/lib/insights/db/lock";
import { openStore, rowsOf } from "@/lib/insights/db/open";
import { serveBuilt } from "../../../scripts/serve-built.mts";
import { assertBuilt } from "../build-output";

// A port the system gives (or FIXPATH_KILL_TEST_PORT): the fixed 3120 was also Playwright's embed host port.
const port = Number(process.env.FIXPATH_KILL_TEST_PORT ?? 0);

test("every feedback answered 201 is in the database after the server is killed with SIGKILL mid-stream", async () => {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), "fixpath-kill-"));
  const served = await serveBuilt({ port, env: { FIXPATH_DATA_DIR: dir } });
  const scenario = getScenarios()[0]!.id;
  const post = () =>
    fetch(`${served.base}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario, solved: false, reason: "unclear", comment: "kill test" }),
    });
  try {
    // The first start initialises the embedded database: wait for the first stored answer.
    const deadline = Date.now() + 90_000;
    let acked = 0;
    while ((await post().then((r) => r.status, () => 0)) !== 201) {
      if (Date.now() > deadline) throw new Error("the server never stored a feedback");
      await new Promise((r) => setTimeout(r, 500));
    }
    acked++;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const status = await post().then((r) => r.status, () => 0);
        if (status === 201 && !killed) acked++;
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    // Killed once enough answers are acknowledged, however long that takes on a busy machine (a fixed
    // 3 s sleep counted fewer than 20 there), while the 8 workers still have requests in flight.
    const enough = 50;
    const streaming = Date.now() + 60_000;
    while (acked < enough && Date.now() < streaming) await new Promise((r) => setTimeout(r, 50));
    // The whole process group, with no chance to flush anything.
    killed = true;
    served.kill();
    await Promise.all(workers);
    expect(acked, `only ${acked} feedback answers were acknowledged in 60 s`).toBeGreaterThanOrEqual(enough);

    // SIGKILL is delivered at once, but the process takes a moment to be gone (and its lock with it).
    let store;
    for (let tries = 0; !store; tries++) {
      try {
        store = await openStore({ dataDir: dir });
      } catch (error) {
        if ((error as Error).name !== DataDirLockedError.name || tries > 50) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    try {
      const [row] = await rowsOf<{ n: number }>(store.db, sql`select count(*)::int as n from events where type = 'feedback'`);
      console.log(`kill -9 test: ${acked} feedback answers acknowledged (201), ${row!.n} rows stored`);
      expect(row!.n).toBeGreaterThanOrEqual(acked);
    } finally {
      await store.close();
    }
  } finally {
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
