import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openStore, type Store } from "@/lib/insights/db/open";

/**
 * The databases every storage test runs against: embedded PGlite always, and the real PostgreSQL
 * that .ci/run starts (FIXPATH_TEST_DATABASE_URL). In CI a missing PostgreSQL fails the run;
 * locally those tests skip with a message.
 */
export interface TestStore {
  name: string;
  available: boolean;
  open(): Promise<Store>;
  cleanup(): void;
}

const pgUrl = process.env.FIXPATH_TEST_DATABASE_URL;
if (!pgUrl && process.env.CI !== "true") {
  console.warn("FIXPATH_TEST_DATABASE_URL is unset: the PostgreSQL storage tests are skipped (CI runs them; see .ci/run)");
}

/**
 * The sessions run in a time zone far from UTC (UTC+14), as a server's own setting may be: stored
 * hours, days and report ranges must not depend on it (the app's days are UTC days).
 */
export const SESSION_TIME_ZONE = "Pacific/Kiritimati";

/**
 * `schema` keeps test files apart on the one PostgreSQL database: Vitest runs files in parallel,
 * and each empties its tables.
 */
export function testStores(schema: string): TestStore[] {
  const dirs: string[] = [];
  return [
    {
      name: "PGlite",
      available: true,
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), "fixpath-pglite-"));
        dirs.push(dir);
        const store = await openStore({ dataDir: dir });
        // PGlite is one session: the setting holds for every later query.
        await store.db.execute(sql.raw(`set time zone '${SESSION_TIME_ZONE}'`));
        return store;
      },
      cleanup: () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
    },
    {
      name: "PostgreSQL",
      // In CI the PostgreSQL tests run, and fail, when the variable is missing.
      available: Boolean(pgUrl) || process.env.CI === "true",
      open: async () => {
        if (!pgUrl) throw new Error("CI=true but FIXPATH_TEST_DATABASE_URL is unset: .ci/run must start PostgreSQL");
        const admin = new Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`create schema if not exists ${schema}`);
        await admin.end();
        const url = new URL(pgUrl);
        // Every pooled connection gets both settings.
        url.searchParams.set("options", `-c search_path=${schema} -c TimeZone=${SESSION_TIME_ZONE}`);
        const store = await openStore({ databaseUrl: url.toString() });
        // Each test starts from empty tables.
        await store.db.execute(sql`truncate events, daily_counts, salts`);
        return store;
      },
      cleanup: () => {},
    },
  ];
}
