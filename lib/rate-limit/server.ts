// Server-only edge: the one search limiter of this process, shared by every door that runs the
// matcher (POST/GET /api/diagnose, /search?q=, /diagnose?q=), so a client has one allowance.
import { requestClient } from "@/lib/http/request-client";
import { rateLimitConfig, RATE_WINDOW_MS } from "./config";
import { failOpen, memoryLimiter, type SearchLimiter } from "./limiter";
import type { RateDecision } from "./token-bucket";

// Read when the module loads, as the rest of the server's configuration is.
const config = rateLimitConfig(process.env.FIXPATH_RATE_LIMIT);
const databaseUrl = process.env.DATABASE_URL;

// Next may bundle a module once per route; the limiter lives on globalThis so all routes share it.
// It is keyed by its configuration, so a module loaded with other settings (tests) gets its own.
const KEY = Symbol.for("fixpath.searchLimiters");
type Holder = { [KEY]?: Map<string, Promise<SearchLimiter>> };

async function create(): Promise<SearchLimiter> {
  if (config.warning) console.warn(config.warning);
  if (!databaseUrl) return memoryLimiter(config.limit, RATE_WINDOW_MS);
  const { postgresLimiter } = await import("./store");
  return failOpen(postgresLimiter(databaseUrl, config.limit, RATE_WINDOW_MS), config.limit);
}

function limiter(): Promise<SearchLimiter> {
  const holder = globalThis as Holder;
  const all = (holder[KEY] ??= new Map());
  const key = `${config.limit} ${databaseUrl ?? "memory"}`;
  let found = all.get(key);
  if (!found) {
    found = create();
    all.set(key, found);
  }
  return found;
}

/** Counts one search against the request's client (FIXPATH_TRUSTED_PROXIES decides who that is). */
export async function takeSearch(headers: Pick<Headers, "get">): Promise<RateDecision> {
  return (await limiter()).take(requestClient(headers));
}

export const tooManySearches = (rate: Extract<RateDecision, { ok: false }>) =>
  `Too many searches from your address: at most ${rate.limit} a minute. Try again in ${rate.retryAfterSeconds} s.`;
