export { DEFAULT_RATE_LIMIT, RATE_WINDOW_MS, rateLimitConfig, type RateLimitConfig } from "./config";
export { createRateLimiter, DEFAULT_MAX_KEYS, type RateDecision, type RateLimiter, type RateLimitOptions } from "./token-bucket";
export { failOpen, memoryLimiter, type SearchLimiter } from "./limiter";
