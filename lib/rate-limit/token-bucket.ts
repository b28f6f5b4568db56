/**
 * A token bucket per client: `limit` requests at once, refilled evenly over `windowMs`, so a client
 * gets at most `limit` requests in any window plus what refills during it. Pure: the caller passes
 * `now`, so tests need no clock and no waiting.
 */
export interface RateLimitOptions {
  /** Requests a client may make in a burst, refilled over windowMs. */
  limit: number;
  windowMs: number;
  /** Clients remembered at most; the least recently seen is forgotten first, so memory stays bounded. */
  maxKeys?: number;
}

export type RateDecision =
  | { ok: true; limit: number; remaining: number }
  | { ok: false; limit: number; remaining: 0; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string, now: number): RateDecision;
  /** How many clients are remembered (for tests and diagnostics). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export const DEFAULT_MAX_KEYS = 10_000;

export function createRateLimiter({ limit, windowMs, maxKeys = DEFAULT_MAX_KEYS }: RateLimitOptions): RateLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`rate limit must be a whole number of at least 1, got ${limit}`);
  if (!(windowMs > 0)) throw new RangeError(`rate limit window must be positive, got ${windowMs}`);
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError(`maxKeys must be a whole number of at least 1, got ${maxKeys}`);
  const perMs = limit / windowMs;
  const buckets = new Map<string, Bucket>();

  return {
    take(key, now) {
      const old = buckets.get(key);
      // A clock that steps back refills nothing rather than throwing or granting a burst.
      const elapsed = old ? Math.max(0, now - old.at) : 0;
      const tokens = old ? Math.min(limit, old.tokens + elapsed * perMs) : limit;
      // Re-inserting moves the key to the end of the Map's order: the first key is the least recently seen.
      buckets.delete(key);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: Math.max(now, old?.at ?? now) });
        if (buckets.size > maxKeys) {
          const oldest = buckets.keys().next();
          if (!oldest.done) buckets.delete(oldest.value);
        }
        return { ok: true, limit, remaining: Math.floor(tokens - 1) };
      }
      buckets.set(key, { tokens, at: Math.max(now, old?.at ?? now) });
      const waitMs = (1 - tokens) / perMs;
      return { ok: false, limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
