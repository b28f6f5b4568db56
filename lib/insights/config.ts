import { join } from "node:path";
import type { StoreOptions } from "./db/open";

/** Settings from the environment (README, Insights; docs/privacy.md). */
export interface InsightsConfig {
  recording: boolean;
  store: StoreOptions;
  retentionDays: number;
  password: string | undefined;
}

export function insightsConfig(env: Record<string, string | undefined> = process.env): InsightsConfig {
  const days = Number(env.FIXPATH_RETENTION_DAYS ?? "90");
  return {
    recording: (env.FIXPATH_ANALYTICS ?? "on").toLowerCase() !== "off",
    store: env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.FIXPATH_DATA_DIR || join(process.cwd(), ".data") },
    retentionDays: Number.isInteger(days) && days > 0 ? days : 90,
    password: env.FIXPATH_INSIGHTS_PASSWORD || undefined,
  };
}
