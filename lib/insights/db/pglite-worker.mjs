// The embedded database's own thread (lib/insights/db/pglite-thread.ts starts it). PGlite runs
// PostgreSQL compiled to WebAssembly synchronously: every insert, commit and fsync blocks the thread
// it runs on, so it runs here rather than on the thread that answers searches. This file is the
// data folder's only PGlite: it answers the main thread's messages one query at a time.
// Plain JavaScript, loaded by Node from the source tree (not bundled), importing only PGlite.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, types } from "@electric-sql/pglite";

const asText = (value) => value;
// As drizzle's own PGlite driver: dates, times and intervals reach drizzle as PostgreSQL text.
const parsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, asText]),
);

/** Open transactions by id: PGlite holds its lock until the main thread says how each ends. */
const transactions = new Map();
const plain = (error) => ({ message: error instanceof Error ? error.message : String(error), code: error?.code });

let db;
try {
  db = new PGlite(workerData.dataDir ?? undefined);
  await db.waitReady;
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: plain(error) });
  process.exit(1);
}

/** Starts a PGlite transaction that stays open (holding PGlite's lock) until `finish`. */
function begin(tx) {
  let end;
  const ended = new Promise((resolve, reject) => (end = { resolve, reject }));
  ended.catch(() => {});
  return new Promise((started, failed) => {
    const entry = { handle: undefined, end, done: undefined };
    transactions.set(tx, entry);
    entry.done = db.transaction(async (handle) => {
      entry.handle = handle;
      started();
      await ended;
    });
    entry.done.catch(failed).finally(() => transactions.delete(tx));
  });
}

/** Commits (or rolls back) an open transaction; resolves once PGlite has done so. */
async function finish(tx, commit) {
  const entry = transactions.get(tx);
  if (!entry?.done) throw new Error(`no open transaction ${tx}`);
  if (commit) entry.end.resolve();
  else entry.end.reject(new Error("rolled back"));
  try {
    await entry.done;
  } catch (error) {
    if (commit) throw error;
  }
}

async function handle(message) {
  switch (message.op) {
    case "query": {
      const target = message.tx === undefined ? db : transactions.get(message.tx)?.handle;
      if (!target) throw new Error(`no open transaction ${message.tx}`);
      const { rows, affectedRows } = await target.query(message.sql, message.params, { rowMode: message.rowMode, parsers });
      return { rows, affectedRows };
    }
    case "begin":
      return begin(message.tx);
    case "end":
      return finish(message.tx, message.commit);
    case "close":
      await db.close();
      return undefined;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on("message", (message) => {
  handle(message).then(
    (result) => parentPort.postMessage({ id: message.id, ok: true, result }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, error: plain(error) }),
  );
});
