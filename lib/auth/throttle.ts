/**
 * Wrong agent passwords, counted per client address. A client may get `maxFailures` wrong in a row
 * (refilled at one per `windowMs / maxFailures`); beyond that it is refused for a while, whatever it
 * sends. Other addresses are not affected, so an attacker can lock out only its own address (and
 * whoever shares it, e.g. behind one NAT). Pure: the caller passes `now`.
 */
export interface AuthThrottleOptions {
  maxFailures: number;
  windowMs: number;
  /** Addresses remembered at most; the least recently seen is forgotten first. */
  maxKeys?: number;
}

export type ThrottleState = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface AuthThrottle {
  /** Whether this client may try a password now. */
  check(key: string, now: number): ThrottleState;
  /** Records a wrong password; `throttledNow` is true exactly once per throttle event (log it then). */
  fail(key: string, now: number): ThrottleState & { throttledNow: boolean };
  /** A right password clears the client's count. */
  succeed(key: string): void;
  size(): number;
}

export const AGENT_THROTTLE = { maxFailures: 10, windowMs: 10 * 60_000 } as const;

interface Entry {
  /** Failures still allowed, refilled over time. */
  credit: number;
  at: number;
  throttled: boolean;
}

export function createAuthThrottle({ maxFailures, windowMs, maxKeys = 10_000 }: AuthThrottleOptions): AuthThrottle {
  const perMs = maxFailures / windowMs;
  const entries = new Map<string, Entry>();

  const current = (key: string, now: number): Entry => {
    const old = entries.get(key);
    if (!old) return { credit: maxFailures, at: now, throttled: false };
    const credit = Math.min(maxFailures, old.credit + Math.max(0, now - old.at) * perMs);
    // A client is let back in once one failure's worth of credit has refilled.
    return { credit, at: Math.max(now, old.at), throttled: old.throttled && credit < 1 };
  };
  const store = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxKeys) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
  };
  const wait = (credit: number) => Math.max(1, Math.ceil((1 - credit) / perMs / 1000));

  return {
    check(key, now) {
      const e = current(key, now);
      return e.throttled ? { ok: false, retryAfterSeconds: wait(e.credit) } : { ok: true };
    },
    fail(key, now) {
      const e = current(key, now);
      const credit = Math.max(0, e.credit - 1);
      const throttled = credit < 1;
      store(key, { credit, at: e.at, throttled });
      if (!throttled) return { ok: true, throttledNow: false };
      return { ok: false, retryAfterSeconds: wait(credit), throttledNow: !e.throttled };
    },
    succeed(key) {
      entries.delete(key);
    },
    size: () => entries.size,
  };
}
