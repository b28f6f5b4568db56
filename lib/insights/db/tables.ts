import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The tables, for typed queries. migrations.ts creates them (one SQL history for PGlite and
 * PostgreSQL alike); tests/unit/insights/storage.test.ts checks the two agree column for column.
 */
export const events = pgTable(
  "events",
  {
    id: text("id").primaryKey(),
    /** The hour the event happened in: no finer time is kept. */
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    type: text("type").notNull(),
    channel: text("channel").notNull(),
    edition: text("edition").notNull(),
    system: text("system"),
    scenario: text("scenario"),
    /** A search: its masked text and that text's hash, and what it matched (empty: nothing). */
    textMasked: text("text_masked"),
    textHash: text("text_hash"),
    matches: jsonb("matches").$type<Array<{ id: string; score: number }>>(),
    topScore: doublePrecision("top_score"),
    rank: integer("rank"),
    solved: boolean("solved"),
    reason: text("reason"),
    comment: text("comment"),
    step: text("step"),
    path: text("path"),
    outcome: text("outcome"),
    action: text("action"),
    /** The day's salted hash of address and browser; null under Do Not Track / GPC. */
    visitor: text("visitor"),
  },
  (t) => [index("events_hour").on(t.hour), index("events_type_hour").on(t.type, t.hour)],
);
export type EventRow = typeof events.$inferInsert;

/** Counts per day that outlive the raw events (FIXPATH_RETENTION_DAYS). */
export const dailyCounts = pgTable(
  "daily_counts",
  {
    day: date("day").notNull(),
    type: text("type").notNull(),
    channel: text("channel").notNull(),
    edition: text("edition").notNull(),
    system: text("system").notNull(),
    scenario: text("scenario").notNull(),
    outcome: text("outcome").notNull(),
    events: integer("events").notNull(),
    visitors: integer("visitors").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.type, t.channel, t.edition, t.system, t.scenario, t.outcome] })],
);

/** Today's random salt for visitor hashes, shared by every instance; yesterday's row is deleted. */
export const salts = pgTable("salts", {
  day: date("day").primaryKey(),
  salt: text("salt").notNull(),
});
