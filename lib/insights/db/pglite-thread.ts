import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { drizzle } from "drizzle-orm/pg-proxy";
import type { Db } from "./open";

/**
 * Server-only: the embedded database on a thread of its own (pglite-worker.mjs owns the PGlite
 * instance, the data folder's only one). PGlite executes synchronously, so on the main thread each
 * batch's insert and commit held up every search in the queue behind it (docs/performance.md).
 * Here the main thread only sends SQL text and parameters; drizzle talks to the thread through its
 * pg-proxy driver, and transactions hold PGlite's lock in the thread until committed.
 */

/** Not bundled: Node loads it from the project folder, as it loads server.mjs (`npm start`, `next dev`, tests). */
export const PGLITE_WORKER_FILE = join(process.cwd(), "lib", "insights", "db", "pglite-worker.mjs");

const CALL_TIMEOUT_MS = 30_000;

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: { message: string; code?: string };
}
type Message = { op: "query"; sql: string; params: unknown[]; rowMode: "array" | "object"; tx?: number } | { op: "begin" | "end"; tx: number; commit?: boolean } | { op: "close" };

const asError = (e: { message: string; code?: string }) => Object.assign(new Error(e.message), e.code ? { code: e.code } : {});

export async function startPgliteThread(dataDir: string | undefined): Promise<{ db: Db; alive(): boolean; close(): Promise<void> }> {
  const worker = new Worker(PGLITE_WORKER_FILE, { workerData: { dataDir } });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => (worker.off("message", ready), reject(error));
    const exited = (code: number) => failed(new Error(`the database thread exited with code ${code}`));
    const ready = (m: { ready: boolean; error?: { message: string } }) => {
      worker.off("error", failed).off("exit", exited);
      if (m.ready) resolve();
      else reject(asError(m.error ?? { message: "the database thread did not start" }));
    };
    // Not removeAllListeners: the Worker's own listeners keep its message port flowing.
    worker.once("message", ready).once("error", failed).once("exit", exited);
  });

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let gone: Error | undefined;
  let ids = 0;
  worker.on("message", (m: Reply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(asError(m.error ?? { message: "the database thread failed" }));
  });
  const stop = (error: Error) => {
    gone ??= error;
    for (const p of pending.values()) p.reject(gone);
    pending.clear();
  };
  let closing = false;
  const lost = (error: Error) => {
    // One line when the thread dies under the server; every later query fails with this error.
    if (!closing && !gone) console.error(`insights: the database thread stopped: ${error.message}`);
    stop(error);
  };
  worker.on("error", lost);
  worker.on("exit", (code) => lost(new Error(`the database thread exited (code ${code})`)));

  const call = <T>(message: Message): Promise<T> =>
    gone
      ? Promise.reject(gone)
      : new Promise<T>((resolve, reject) => {
          const id = ++ids;
          // A thread that stops answering fails its callers rather than holding them for ever.
          const timer = setTimeout(() => {
            pending.delete(id);
            reject(new Error(`the database thread did not answer within ${CALL_TIMEOUT_MS} ms`));
          }, CALL_TIMEOUT_MS);
          timer.unref();
          const settle = <A>(fn: (a: A) => void) => (a: A) => (clearTimeout(timer), fn(a));
          pending.set(id, { resolve: settle(resolve as (value: unknown) => void), reject: settle(reject) });
          worker.postMessage({ ...message, id });
        });

  const connect = (tx?: number) =>
    drizzle(async (sql, params, method) => {
      const result = await call<{ rows: unknown[]; affectedRows?: number }>({ op: "query", sql, params, rowMode: method === "all" ? "array" : "object", tx });
      // Selects want the rows; db.execute answers `{ rows }`, as with the other drivers (rowsOf).
      return { rows: method === "all" ? result.rows : (result as unknown as unknown[]) };
    }) as unknown as Db;

  let transactions = 0;
  const db = connect();
  // pg-proxy has no transactions of its own: this one keeps PGlite's lock in the thread until it ends.
  const transaction = async <T>(run: (tx: Db) => Promise<T>): Promise<T> => {
    const tx = ++transactions;
    await call({ op: "begin", tx });
    let result: T;
    try {
      result = await run(connect(tx));
    } catch (error) {
      await call({ op: "end", tx, commit: false }).catch(() => {});
      throw error;
    }
    await call({ op: "end", tx, commit: true });
    return result;
  };
  Object.assign(db, { transaction });

  return {
    db,
    alive: () => !gone,
    close: async () => {
      closing = true;
      if (!gone) await call({ op: "close" });
      stop(new Error("the database is closed"));
      await worker.terminate();
    },
  };
}
