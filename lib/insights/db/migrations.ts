/**
 * The schema's history, applied in order on start by migrate.ts: each entry runs once, in a
 * transaction, and is recorded in schema_migrations. Never edit an applied entry; add a new one.
 */
export const migrations: ReadonlyArray<{ id: string; sql: string }> = [
  {
    id: "0001-events",
    sql: `
      create table events (
        id text primary key,
        hour timestamptz not null,
        type text not null,
        channel text not null,
        edition text not null,
        system text,
        scenario text,
        text_masked text,
        text_hash text,
        matches jsonb,
        top_score double precision,
        rank integer,
        solved boolean,
        reason text,
        comment text,
        step text,
        path text,
        outcome text,
        action text,
        visitor text
      );
      create index events_hour on events (hour);
      create index events_type_hour on events (type, hour);
      create table daily_counts (
        day date not null,
        type text not null,
        channel text not null,
        edition text not null,
        system text not null,
        scenario text not null,
        outcome text not null,
        events integer not null,
        visitors integer not null,
        primary key (day, type, channel, edition, system, scenario, outcome)
      );
      create table salts (day date primary key, salt text not null);
    `,
  },
];
