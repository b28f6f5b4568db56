import { createRateLimiter, type RateDecision } from "./token-bucket";

/**
 * Where a limiter keeps its counts: in this process (the default), or in a shared store so that
 * several instances behind a load balancer enforce one limit (lib/rate-limit/store.ts).
 */
export interface SearchLimiter {
  take(key: string): Promise<RateDecision>;
  /** Which store, for the start-up log line. */
  readonly kind: "memory" | "postgres";
}

export function memoryLimiter(limit: number, windowMs: number, clock: () => number = Date.now): SearchLimiter {
  const bucket = createRateLimiter({ limit, windowMs });
  return { kind: "memory", take: async (key) => bucket.take(key, clock()) };
}

/**
 * Wraps a store-backed limiter so that a store that fails (down, slow, misconfigured) lets the
 * request through rather than failing a search: one log line when it starts failing, one when it
 * recovers, nothing per request.
 */
export function failOpen(inner: SearchLimiter, limit: number, log: (line: string) => void = console.warn): SearchLimiter {
  let failing = false;
  return {
    kind: inner.kind,
    async take(key) {
      try {
        const decision = await inner.take(key);
        if (failing) {
          failing = false;
          log(`rate limit: the ${inner.kind} store answers again; limits apply`);
        }
        return decision;
      } catch (error) {
        if (!failing) {
          failing = true;
          log(`rate limit: the ${inner.kind} store failed (${error instanceof Error ? error.message : String(error)}); requests are let through unlimited until it answers`);
        }
        return { ok: true, limit, remaining: limit };
      }
    },
  };
}
