// Server-only edge: rate-limit counts kept in PostgreSQL (DATABASE_URL), so that several instances
// behind a load balancer share one limit per client. rate-limiter-flexible does the atomic
// upsert-and-count per key and window; we add a time bound and retries, and failOpen (limiter.ts)
// turns any failure into "let the request through", so a down database never fails a search.
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { SearchLimiter } from "./limiter";
import type { RateDecision } from "./token-bucket";

/** A store slower than this counts as failing for this request: searches must not wait on it. */
export const STORE_TIMEOUT_MS = 300;
/** After a failed start (database down), try to create the table again at most this often. */
const RETRY_MS = 15_000;
export const RATE_TABLE = "fixpath_rate_limits";

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A limiter of `limit` requests per client per `windowMs` window, counted in PostgreSQL. Throws when the store fails. */
export function postgresLimiter(url: string, limit: number, windowMs: number, timeoutMs = STORE_TIMEOUT_MS): SearchLimiter & { close(): Promise<void> } {
  const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 1000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  let ready: Promise<RateLimiterPostgres> | undefined;
  let failedAt = 0;

  const start = () =>
    new Promise<RateLimiterPostgres>((resolve, reject) => {
      const limiter: RateLimiterPostgres = new RateLimiterPostgres(
        { storeClient: pool, tableName: RATE_TABLE, keyPrefix: "search", points: limit, duration: Math.ceil(windowMs / 1000), clearExpiredByTimeout: false },
        (error?: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(limiter)),
      );
    });

  const get = (): Promise<RateLimiterPostgres> => {
    if (!ready && Date.now() - failedAt < RETRY_MS) return Promise.reject(new Error("the store was unreachable; retrying shortly"));
    ready ??= start().catch((error: unknown) => {
      ready = undefined;
      failedAt = Date.now();
      throw error;
    });
    return ready;
  };

  const consume = async (key: string): Promise<RateDecision> => {
    const limiter = await get();
    try {
      const res = await limiter.consume(key, 1);
      return { ok: true, limit, remaining: res.remainingPoints };
    } catch (refusal) {
      // rate-limiter-flexible rejects with a RateLimiterRes when the key is over its points, with an Error when the store fails.
      if (refusal instanceof RateLimiterRes) {
        return { ok: false, limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
      throw refusal;
    }
  };

  // Create the table now, not on the first search (which would then wait on it or be let through).
  get().catch(() => {});

  return {
    kind: "postgres",
    take: (key) => withTimeout(consume(key), timeoutMs),
    close: () => pool.end(),
  };
}
