import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { Pool } from "pg";
import { lockDataDir } from "./lock";
import { migrations } from "./migrations";
import { startPgliteThread } from "./pglite-thread";

/** Server-only: the one place that opens a database. Both drivers give the same drizzle API. */
export type Db = PgDatabase<PgQueryResultHKT>;
export interface Store {
  db: Db;
  kind: "pglite" | "postgres";
  /** False once the embedded database's thread has died: the server then opens the store again. */
  alive(): boolean;
  close(): Promise<void>;
}

export type StoreOptions = { databaseUrl: string } | { dataDir: string } | { memory: true };

export async function openStore(options: StoreOptions): Promise<Store> {
  let store: Store;
  if ("databaseUrl" in options) {
    const pool = new Pool({ connectionString: options.databaseUrl, max: 4, connectionTimeoutMillis: 5000 });
    // An idle connection that the server drops must not crash the process.
    pool.on("error", (error) => console.error("insights: PostgreSQL connection error:", error.message));
    store = { db: drizzlePg(pool) as unknown as Db, kind: "postgres", alive: () => true, close: () => pool.end() };
  } else {
    const unlock = "dataDir" in options ? lockDataDir(options.dataDir) : () => {};
    try {
      // The folder's one PGlite runs on a thread of its own, so that its work never holds up a search.
      const thread = await startPgliteThread("dataDir" in options ? options.dataDir : undefined);
      store = {
        db: thread.db,
        kind: "pglite",
        alive: thread.alive,
        close: async () => {
          await thread.close();
          unlock();
        },
      };
    } catch (error) {
      unlock();
      throw error;
    }
  }
  try {
    await migrate(store.db);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

/** Rows of a raw query: both drivers answer with `{ rows }`. */
export async function rowsOf<T>(db: Pick<Db, "execute">, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Applies the migrations not yet recorded; an advisory lock keeps two instances from racing. */
export async function migrate(db: Db): Promise<void> {
  await db.execute(sql`create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7213401)`);
    const done = await rowsOf<{ id: string }>(tx, sql`select id from schema_migrations`);
    const applied = new Set(done.map((r) => r.id));
    for (const m of migrations) {
      if (applied.has(m.id)) continue;
      // One statement at a time: PGlite's extended protocol takes a single statement per query.
      for (const statement of m.sql.split(";").map((x) => x.trim()).filter(Boolean)) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into schema_migrations (id) values (${m.id})`);
    }
  });
}
