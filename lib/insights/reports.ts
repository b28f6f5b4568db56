import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { rowsOf, type Db } from "./db/open";

/**
 * The docs team's reports, each one query over the raw events in a date range (weekly trends also
 * read the daily counts kept after retention). Every report is a list of flat rows, so that the
 * page, the JSON API and the CSV download share one shape.
 */
export const reportNames = ["unmatched", "not-solved", "helpfulness", "wizard-funnel", "wizard-paths", "rank", "trends"] as const;
export const reportName = z.enum(reportNames);
export type ReportName = z.infer<typeof reportName>;
export type Row = Record<string, string | number | null>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are written YYYY-MM-DD");
export const rangeQuery = z.object({ from: isoDay.optional(), to: isoDay.optional() });
export interface Range {
  from: string;
  to: string;
}

const DAY = 86_400_000;
export function rangeOf(query: z.infer<typeof rangeQuery>, now = Date.now()): Range {
  const to = query.to ?? new Date(now).toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - 89 * DAY).toISOString().slice(0, 10);
  return from <= to ? { from, to } : { from: to, to: from };
}

// Whole UTC days: a bare date compared with a timestamptz would be read in the session's time zone
// (a PostgreSQL server's own setting), moving the range's ends by hours.
const utcMidnight = (day: SQL) => sql`(${day})::timestamp at time zone 'UTC'`;
const inRange = (r: Range) => sql`hour >= ${utcMidnight(sql`${r.from}::date`)} and hour < ${utcMidnight(sql`${r.to}::date + 1`)}`;
const unmatched = sql`jsonb_array_length(coalesce(matches, '[]'::jsonb)) = 0`;

const queries: Record<ReportName, (r: Range) => SQL> = {
  unmatched: (r) => sql`
    select text_masked as "text", count(*)::int as "searches", count(distinct visitor)::int as "visitors",
           to_char(min(hour) at time zone 'UTC', 'YYYY-MM-DD HH24:00') as "firstSeen",
           to_char(max(hour) at time zone 'UTC', 'YYYY-MM-DD HH24:00') as "lastSeen",
           string_agg(distinct channel, ' ') as "channels", max(system) as "system"
    from events where type = 'search' and ${unmatched} and ${inRange(r)} and text_masked <> ''
    group by text_hash, text_masked order by 2 desc, 5 desc limit 500`,
  "not-solved": (r) => sql`
    select scenario, count(*) filter (where not solved)::int as "no", count(*) filter (where solved)::int as "yes",
           count(*) filter (where reason = 'wrong-cause')::int as "wrongCause",
           count(*) filter (where reason = 'step-failed')::int as "stepFailed",
           count(*) filter (where reason = 'unclear')::int as "unclear",
           count(*) filter (where reason = 'step-missing')::int as "stepMissing",
           count(*) filter (where reason = 'other')::int as "other",
           left(string_agg(comment, ' | ' order by hour desc) filter (where not solved and comment is not null), 1000) as "comments"
    from events where type = 'feedback' and ${inRange(r)}
    group by scenario having count(*) filter (where not solved) > 0 order by 2 desc, 1 limit 500`,
  helpfulness: (r) => sql`
    select scenario, count(*) filter (where solved)::int as "yes", count(*) filter (where not solved)::int as "no",
           round(100.0 * count(*) filter (where solved) / count(*))::int as "solvedPercent"
    from events where type = 'feedback' and ${inRange(r)} group by scenario order by count(*) desc, 1 limit 1000`,
  "wizard-funnel": (r) => sql`
    select step, count(*) filter (where type = 'wizard-step')::int as "reached",
           count(*) filter (where type = 'wizard-end' and outcome = 'left')::int as "left",
           count(*) filter (where type = 'wizard-end' and outcome = 'escalated')::int as "escalated",
           count(*) filter (where type = 'wizard-end' and outcome = 'solved')::int as "solved"
    from events where type in ('wizard-step', 'wizard-end') and ${inRange(r)}
    group by step order by 2 desc, 1 limit 200`,
  "wizard-paths": (r) => sql`
    select path, count(*)::int as "ended", count(*) filter (where outcome = 'solved')::int as "solved",
           count(*) filter (where outcome = 'escalated')::int as "escalated", count(*) filter (where outcome = 'left')::int as "left",
           round(100.0 * count(*) filter (where outcome = 'solved') / count(*))::int as "solvedPercent"
    from events where type = 'wizard-end' and ${inRange(r)} group by path order by 2 desc, 1 limit 500`,
  rank: (r) => sql`
    select case when rank <= 3 then rank::text else '4+' end as "rank", count(*)::int as "opens",
           round(100.0 * count(*) / sum(count(*)) over ())::int as "percent"
    from events where type = 'open' and ${inRange(r)} group by 1 order by 1`,
  trends: (r) => sql`
    with raw as (
      select date_trunc('week', hour at time zone 'UTC')::date as week, coalesce(system, '') as system, type,
             case when type = 'search' then (case when ${unmatched} then 'unmatched' else 'matched' end)
                  when type = 'feedback' then (case when solved then 'yes' else 'no' end) else '' end as outcome, 1 as n
      from events where ${inRange(r)}
      union all
      select date_trunc('week', day::timestamp)::date, system, type, case when outcome like 'no:%' then 'no' else outcome end, events
      from daily_counts where day >= ${r.from}::date and day <= ${r.to}::date
    )
    select to_char(week, 'YYYY-MM-DD') as "week", coalesce(nullif(system, ''), '(none)') as "system",
           sum(n) filter (where type = 'search')::int as "searches",
           sum(n) filter (where type = 'search' and outcome = 'unmatched')::int as "unmatched",
           sum(n) filter (where type = 'feedback' and outcome = 'yes')::int as "solved",
           sum(n) filter (where type = 'feedback' and outcome = 'no')::int as "notSolved"
    from raw group by week, system order by week, system`,
};

export async function runReport(db: Db, name: ReportName, range: Range): Promise<Row[]> {
  const rows = await rowsOf<Row>(db, queries[name](range));
  // Counts that no event matched come back null from a filtered sum: report them as 0.
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null && k !== "system" && k !== "comments" && k !== "text" ? 0 : v])));
}

/** The rows as CSV (RFC 4180: every field quoted, quotes doubled); a leading = + - @ is defused for spreadsheets. */
export function toCsv(rows: Row[]): string {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]!);
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
  };
  return [columns.map(cell).join(","), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(","))].join("\r\n") + "\r\n";
}

/** "Draft a scenario from this": the content:new command with the masked paste as its signature. */
export function draftCommand(text: string, system: string | null): string {
  const slug =
    text
      .replace(/<[a-z]+>/g, " ")
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2)
      .slice(0, 5)
      .join("-") || "new-scenario";
  const quoted = `'${text.replaceAll("'", "'\\''")}'`;
  return `npm run content:new -- ${system || "<system>"}/${slug} --signature ${quoted}`;
}
