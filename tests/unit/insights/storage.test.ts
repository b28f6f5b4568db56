import { sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { rowsOf, type Store } from "@/lib/insights/db/open";
import { dailyCounts, events, salts } from "@/lib/insights/db/tables";
import { applyRetention, saltFor } from "@/lib/insights/maintenance";
import { createRecorder } from "@/lib/insights/recorder";
import { hourOf, searchRow } from "@/lib/insights/rows";
import { testStores } from "./stores";

const DAY = 86_400_000;
const ctx = (now: number, visitor: string | null = "v1") => ({ edition: "customer", visitor, now, systemOf: (id: string) => id.split("/")[0] });

for (const store of testStores("storage_tests")) {
  describe.skipIf(!store.available)(`storage on ${store.name}`, () => {
    // One database per engine (a new PGlite folder takes seconds to initialise); each test empties it.
    let opened: Store;
    beforeAll(async () => void (opened = await store.open()), 120_000);
    afterAll(async () => {
      await opened?.close();
      store.cleanup();
    });
    const withStore = async (fn: (s: Store) => Promise<void>) => {
      await opened.db.execute(sql`truncate events, daily_counts, salts`);
      await fn(opened);
    };

    test("migrations create every table and column that the drizzle schema declares, and a second start applies nothing twice", () =>
      withStore(async (s) => {
        for (const table of [events, dailyCounts, salts]) {
          const { name, columns } = getTableConfig(table);
          const found = await rowsOf<{ column_name: string }>(s.db, sql`select column_name from information_schema.columns where table_name = ${name} and table_schema = current_schema()`);
          expect(found.map((c) => c.column_name).sort()).toEqual(columns.map((c) => c.name).sort());
        }
        const { migrate } = await import("@/lib/insights/db/open");
        await migrate(s.db);
        const applied = await rowsOf<{ n: number }>(s.db, sql`select count(*)::int as n from schema_migrations`);
        const { migrations } = await import("@/lib/insights/db/migrations");
        expect(applied[0]?.n).toBe(migrations.length);
      }));

    test("a recorder writes queued events in batches and durable ones before it answers", () =>
      withStore(async (s) => {
        let batches = 0;
        const recorder = createRecorder({ insert: async (rows) => void (batches++, await s.db.insert(events).values(rows)), batchSize: 50, lingerMs: 5 });
        const now = Date.UTC(2026, 0, 10, 14, 37);
        for (let i = 0; i < 120; i++) recorder.record(searchRow(`nothing matches ${i} here`, [], "home", ctx(now)));
        await recorder.recordDurably(searchRow("a durable one", [{ id: "wxm/x", score: 0.9 }], "api", ctx(now)));
        await recorder.drain();
        const rows = await rowsOf<{ n: number; hours: number }>(s.db, sql`select count(*)::int as n, count(distinct hour)::int as hours from events`);
        expect(rows[0]).toEqual({ n: 121, hours: 1 });
        expect(batches).toBeGreaterThanOrEqual(3);
        expect(batches).toBeLessThan(121);
        const [stored] = await s.db.select().from(events).where(sql`text_masked = 'a durable one'`);
        expect(stored?.hour.toISOString()).toBe(hourOf(now).toISOString());
        expect(stored?.matches).toEqual([{ id: "wxm/x", score: 0.9 }]);
        expect(stored?.system).toBe("wxm");
      }));

    test("the day's salt is shared, stable within the day, new the next day, and yesterday's is deleted", () =>
      withStore(async (s) => {
        const today = Date.UTC(2026, 2, 1, 9);
        const a = await saltFor(s.db, today);
        expect(await saltFor(s.db, today + 3_600_000)).toBe(a);
        const b = await saltFor(s.db, today + DAY);
        expect(b).not.toBe(a);
        const left = await rowsOf<{ day: string }>(s.db, sql`select day::text as day from salts`);
        expect(left.map((r) => r.day)).toEqual(["2026-03-02"]);
      }));

    test("retention deletes raw events older than the limit and keeps their counts", () =>
      withStore(async (s) => {
        const now = Date.UTC(2026, 5, 30, 12);
        const old = now - 100 * DAY;
        await s.db.insert(events).values([
          searchRow("old unmatched", [], "home", ctx(old, "a")),
          searchRow("old unmatched", [], "home", ctx(old, "b")),
          searchRow("old matched", [{ id: "casa/y", score: 0.5 }], "search", ctx(old, "a")),
          searchRow("recent", [], "home", ctx(now - DAY)),
        ]);
        expect(await applyRetention(s.db, 90, now)).toBe(3);
        expect(await applyRetention(s.db, 90, now)).toBe(0);
        const left = await rowsOf<{ t: string }>(s.db, sql`select text_masked as t from events`);
        expect(left.map((r) => r.t)).toEqual(["recent"]);
        const kept = await rowsOf<{ outcome: string; events: number; visitors: number }>(
          s.db,
          sql`select outcome, events, visitors from daily_counts order by outcome`,
        );
        expect(kept).toEqual([
          { outcome: "matched", events: 1, visitors: 1 },
          { outcome: "unmatched", events: 2, visitors: 2 },
        ]);
      }));
  });
}
