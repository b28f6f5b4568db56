import type { EventRow } from "./db/tables";

/**
 * Events leave the request path through a bounded in-memory queue that one flusher writes in
 * batches. `record` never waits and never throws: when the queue is full or the database is slow or
 * gone, the event is dropped and counted, with one log line per outage rather than one per event.
 * `recordDurably` is for answers the client is told are stored (feedback): it resolves only once
 * the batch holding the event is committed, and rejects when that cannot happen.
 */
export interface RecorderOptions {
  insert: (rows: EventRow[]) => Promise<void>;
  maxQueue?: number;
  batchSize?: number;
  /** How long a lone event waits for company before it is written. */
  lingerMs?: number;
  /** A durable write that has not committed by then is answered as failed. */
  durableTimeoutMs?: number;
  log?: (line: string) => void;
}

interface Pending {
  row: EventRow;
  done?: { resolve: () => void; reject: (error: Error) => void };
}

export interface Recorder {
  record(row: EventRow): void;
  recordDurably(row: EventRow): Promise<void>;
  /** Counts an event that could not even be built (the database was unreachable for its salt). */
  countDropped(why: string): void;
  /** Writes everything queued; for shutdown and tests. */
  drain(): Promise<void>;
  stats(): { queued: number; dropped: number; written: number; failedBatches: number };
}

export function createRecorder(options: RecorderOptions): Recorder {
  const { insert, maxQueue = 10_000, batchSize = 500, lingerMs = 50, durableTimeoutMs = 5000 } = options;
  const log = options.log ?? ((line: string) => console.warn(line));
  // Answers a client waits for (feedback) go first, in batches of their own: they never queue behind a backlog of search events.
  const waiting: Pending[] = [];
  const queue: Pending[] = [];
  const size = () => waiting.length + queue.length;
  let dropped = 0;
  let written = 0;
  let failedBatches = 0;
  let outage = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flushing: Promise<void> | undefined;

  const drop = (why: string) => {
    dropped++;
    if (!outage) {
      outage = true;
      log(`insights: dropping events (${why}); searches are unaffected; dropped so far: ${dropped}`);
    }
  };

  async function flushOnce(): Promise<void> {
    while (size() > 0) {
      // A batch of answers a client waits for is not weighed down with queued search events: its
      // commit is all its clients wait for. Other events follow in batches of their own.
      const batch = waiting.length > 0 ? waiting.splice(0, batchSize) : queue.splice(0, batchSize);
      try {
        await insert(batch.map((p) => p.row));
        written += batch.length;
        if (outage) {
          outage = false;
          log(`insights: writing events again; ${dropped} were dropped in all`);
        }
        for (const p of batch) p.done?.resolve();
      } catch (error) {
        failedBatches++;
        // The driver's own error, not drizzle's wrapper, which repeats the whole statement and its parameters.
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const message = cause instanceof Error ? cause.message : String(cause);
        for (const p of batch) {
          if (p.done) p.done.reject(new Error(`could not store the event: ${message}`));
          else drop(`database write failed: ${message}`);
        }
      }
    }
  }

  function schedule(now: boolean): void {
    if (flushing) return;
    if (timer && !now) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        flushing = flushOnce().finally(() => {
          flushing = undefined;
          if (size() > 0) schedule(false);
        });
      },
      now ? 0 : lingerMs,
    );
    timer.unref?.();
  }

  return {
    record(row) {
      if (size() >= maxQueue) return drop(`the queue of ${maxQueue} is full`);
      queue.push({ row });
      schedule(size() >= batchSize);
    },
    recordDurably(row) {
      if (size() >= maxQueue) return Promise.reject(new Error(`the queue of ${maxQueue} events is full`));
      return new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`not stored within ${durableTimeoutMs} ms`)), durableTimeoutMs);
        const settle = (fn: () => void) => () => {
          clearTimeout(timeout);
          fn();
        };
        waiting.push({ row, done: { resolve: settle(resolve), reject: (e) => settle(() => reject(e))() } });
        schedule(size() >= batchSize);
      });
    },
    countDropped: drop,
    async drain() {
      while (size() > 0 || flushing || timer) {
        if (timer) {
          clearTimeout(timer);
          timer = undefined;
        }
        if (flushing) await flushing;
        else {
          flushing = flushOnce().finally(() => (flushing = undefined));
          await flushing;
        }
      }
    },
    stats: () => ({ queued: size(), dropped, written, failedBatches }),
  };
}
