import "server-only";
import { getCatalog } from "@/lib/content";
import { requestClient } from "@/lib/http/request-client";
import { insightsConfig, type InsightsConfig } from "./config";
import { openStore, type Store } from "./db/open";
import { events } from "./db/tables";
import { applyRetention, dayOf, saltFor } from "./maintenance";
import { optedOut, visitorHash } from "./privacy";
import { createRecorder, type Recorder } from "./recorder";
import type { RowContext } from "./rows";

/**
 * Server-only: the process's one connection to the insights database and its recorder. The store
 * opens on first use (and from instrumentation.ts at start); when it cannot, it is retried after a
 * while and, meanwhile, events are dropped and counted while searches carry on.
 */
const RETRY_MS = 30_000;
const RETENTION_EVERY_MS = 6 * 3_600_000;
/** A request waits at most this long for the database (being created, or unreachable) to give today's salt. */
const SALT_TIMEOUT_MS = 5000;
/** How long a stop signal waits for the queue to be written and the database closed. */
const SHUTDOWN_MS = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * On SIGTERM or SIGINT: write what is queued, close the database (PGlite's thread shuts its
 * instance down and the folder's lock is released), then let the signal take its course.
 */
function closeOnSignal(store: () => Store | undefined, recorder: Recorder): void {
  const stop = (signal: NodeJS.Signals) => {
    process.off("SIGTERM", stop).off("SIGINT", stop);
    const closing = recorder
      .drain()
      .catch(() => {})
      .then(() => store()?.close())
      .catch((error: unknown) => console.error("insights: closing the database failed:", error));
    const deadline = new Promise((r) => setTimeout(r, SHUTDOWN_MS).unref());
    void Promise.race([closing, deadline]).finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGTERM", stop).once("SIGINT", stop);
}

export interface Insights {
  config: InsightsConfig;
  recorder: Recorder;
  store(): Promise<Store>;
  /** The context for a request's rows: null when it must not be recorded (Do Not Track, GPC, recording off). */
  context(request: { headers: Headers }, opts?: { evenIfOptedOut?: boolean }): Promise<RowContext | null>;
}

function create(): Insights {
  const config = insightsConfig();
  let opening: Promise<Store> | undefined;
  let current: Store | undefined;
  let tidying: ReturnType<typeof setInterval> | undefined;
  let failedAt = 0;
  let salt: { day: string; value: string } | undefined;

  const store = (): Promise<Store> => {
    // Opened on first use; again after a failed open (after a while) or once the embedded database's thread has died.
    if (!opening || (failedAt && Date.now() - failedAt > RETRY_MS) || (current && !current.alive())) {
      failedAt = 0;
      opening = openStore(config.store).then(
        (s) => {
          const tidy = () => applyRetention(s.db, config.retentionDays, Date.now()).catch((e) => console.error("insights: retention failed:", e));
          void tidy();
          clearInterval(tidying);
          tidying = setInterval(tidy, RETENTION_EVERY_MS).unref();
          if (!current) closeOnSignal(() => current, recorder);
          current = s;
          return s;
        },
        (error: unknown) => {
          failedAt = Date.now();
          console.error(`insights: cannot open the database (${error instanceof Error ? error.message : String(error)}); searches are unaffected, events are dropped`);
          throw error;
        },
      );
      opening.catch(() => {});
    }
    return opening;
  };

  const recorder = createRecorder({
    insert: async (rows) => {
      const s = await store();
      await s.db.insert(events).values(rows);
    },
  });

  const systems = new Map<string, string>();
  const systemOf = (id: string) => {
    if (systems.size === 0) for (const s of getCatalog().scenarios) systems.set(s.id, s.system);
    return systems.get(id);
  };

  return {
    config,
    recorder,
    store,
    async context(request, opts = {}) {
      const out = optedOut(request.headers);
      if (!config.recording || (out && !opts.evenIfOptedOut)) return null;
      const now = Date.now();
      let visitor: string | null = null;
      if (!out) {
        const day = dayOf(now);
        if (salt?.day !== day) salt = { day, value: await withTimeout(store().then((s) => saltFor(s.db, now)), SALT_TIMEOUT_MS) };
        visitor = visitorHash(salt.value, requestClient(request.headers), request.headers.get("user-agent") ?? "");
      }
      return { edition: process.env.FIXPATH_EDITION === "agent" ? "agent" : "customer", visitor, now, systemOf };
    },
  };
}

// One per process, kept on globalThis so that `next dev`'s module reloads do not open a second PGlite.
const key = Symbol.for("fixpath.insights");
export function getInsights(): Insights {
  const g = globalThis as { [key]?: Insights };
  return (g[key] ??= create());
}
