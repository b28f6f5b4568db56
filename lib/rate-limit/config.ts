import { z } from "zod";

export const DEFAULT_RATE_LIMIT = 60;
export const RATE_WINDOW_MS = 60_000;

const perMinute = z.coerce.number().int().min(1).max(1_000_000);

export interface RateLimitConfig {
  /** Requests per client per minute. */
  limit: number;
  /** Set when the configured value was unusable and the default applies instead. */
  warning?: string;
}

/** Reads FIXPATH_RATE_LIMIT (requests per minute per client); unset means the default of 60. */
export function rateLimitConfig(value: string | undefined): RateLimitConfig {
  if (value === undefined || value.trim() === "") return { limit: DEFAULT_RATE_LIMIT };
  const parsed = perMinute.safeParse(value.trim());
  if (parsed.success) return { limit: parsed.data };
  return {
    limit: DEFAULT_RATE_LIMIT,
    warning: `FIXPATH_RATE_LIMIT=${JSON.stringify(value.slice(0, 40))} is not a whole number from 1 to 1000000; using ${DEFAULT_RATE_LIMIT} requests a minute`,
  };
}
