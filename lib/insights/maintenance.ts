import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "./db/open";

const DAY = 86_400_000;
export const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);

/**
 * The day's salt for visitor hashes, the same for every instance sharing the database. Earlier
 * days' salts are deleted, so yesterday's hashes can no longer be linked to anyone.
 */
export async function saltFor(db: Db, now: number): Promise<string> {
  const day = dayOf(now);
  await db.execute(sql`delete from salts where day < ${day}::date`);
  await db.execute(sql`insert into salts (day, salt) values (${day}::date, ${randomBytes(24).toString("hex")}) on conflict (day) do nothing`);
  const rows = await rowsOf<{ salt: string }>(db, sql`select salt from salts where day = ${day}::date`);
  const salt = rows[0]?.salt;
  if (!salt) throw new Error("no salt for today");
  return salt;
}

/**
 * Raw events older than the retention are rolled up into daily_counts (kept) and deleted.
 * Idempotent: a day is rolled up once, in the same transaction that deletes its events.
 */
export async function applyRetention(db: Db, retentionDays: number, now: number): Promise<number> {
  const cutoff = new Date(Math.floor((now - retentionDays * DAY) / DAY) * DAY).toISOString();
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into daily_counts (day, type, channel, edition, system, scenario, outcome, events, visitors)
      select (hour at time zone 'UTC')::date, type, channel, edition, coalesce(system, ''), coalesce(scenario, ''),
             coalesce(outcome, case when type = 'search' then (case when jsonb_array_length(coalesce(matches, '[]'::jsonb)) = 0 then 'unmatched' else 'matched' end)
                                    when type = 'feedback' then (case when solved then 'yes' else 'no:' || coalesce(reason, 'other') end)
                                    else coalesce(action, '') end),
             count(*)::int, count(distinct visitor)::int
      from events where hour < ${cutoff}::timestamptz
      group by 1, 2, 3, 4, 5, 6, 7
      on conflict (day, type, channel, edition, system, scenario, outcome)
      do update set events = daily_counts.events + excluded.events, visitors = daily_counts.visitors + excluded.visitors`);
    const deleted = await rowsOf<{ n: number }>(tx, sql`with d as (delete from events where hour < ${cutoff}::timestamptz returning 1) select count(*)::int as n from d`);
    return deleted[0]?.n ?? 0;
  });
}
