import { aliasKey } from "./alias-key";
import type { MatchIndex } from "./index-types";
import { rank } from "./diagnose";
import { focus } from "./shape";
import { standsForSuccess } from "./success";
import { clip } from "./text";
import { labelledRow, parseTable, rowText, type Table } from "./table";
import type { DiagnoseOptions, DiagnoseResult, Match, TableGroup } from "./types";
import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { DEFAULT_LIMIT, ODD_ONE_OUT, SUCCESS_YIELD } = tunables;

/** [start, end) of each row's line in the paste, found in order. */
function rowSpans(text: string, table: Table): Array<[number, number]> {
  let from = 0;
  return table.rows.map((r) => {
    const at = text.indexOf(r.line, from);
    if (at < 0) return [0, 0];
    from = at + r.line.length;
    return [at, at + r.line.length];
  });
}

/**
 * A table diagnosed row by row: each row's best match, rows grouped by cause (most rows first), and
 * the causes as the paste's matches, each pointing at its first row.
 */
function triage(index: MatchIndex, text: string, table: Table, options: DiagnoseOptions): DiagnoseResult {
  const cache = new Map<string, Match | undefined>();
  const groups = new Map<string | null, TableGroup & { match?: Match; span: [number, number] }>();
  const spans = rowSpans(text, table);
  table.rows.forEach((row, i) => {
    const t = rowText(table, row.cells);
    let m = cache.get(t);
    if (!cache.has(t)) {
      const one = (s: string) => (s.trim() ? rank(index, s, { ...options, limit: 1, context: text })[0] : undefined);
      // A status the catalog does not name ("Paused") may still mean something with its row's other cells.
      m = one(t);
      const whole = labelledRow(table, row.cells);
      if (!m && whole !== t) m = one(whole);
      cache.set(t, m);
    }
    const key = m?.slug ?? null;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { slug: key, count: 1, sample: row.line.slice(0, 200), match: m, span: spans[i] ?? [0, 0] });
  });
  const ordered = [...groups.values()].sort((a, b) => b.count - a.count || (b.match?.score ?? 0) - (a.match?.score ?? 0));
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  // The matches put the odd one out first, as for statuses in a list: among Sent, Sent, Sent and
  // Not sent rows the question is the Not sent one. The groups keep the counts for triage.
  const found = ordered.filter((g) => g.match);
  const fewest = Math.min(...found.map((g) => g.count));
  // A success status (Sent) yields to the other statuses shown with it: the question is what did not work.
  const bySlug = new Map(index.docs.map((d) => [d.id, d]));
  const success = (g: (typeof found)[number]) => standsForSuccess(bySlug.get(g.match?.slug ?? ""));
  const yields = found.some((g) => !success(g)) ? SUCCESS_YIELD : 1;
  const weight = (g: (typeof found)[number]) => (g.match?.score ?? 0) * (fewest / g.count) ** ODD_ONE_OUT * (success(g) ? yields : 1);
  const matches: Match[] = [...found].sort((a, b) => weight(b) - weight(a)).flatMap((g) => (g.match ? [{ ...g.match, why: { ...g.match.why, span: g.span } }] : []));
  // The whole paste read as text may know more (a cause named outside the rows): after the rows' causes.
  for (const m of rank(index, text, { ...options, limit })) if (!matches.some((x) => x.slug === m.slug)) matches.push(m);
  return {
    matches: matches.slice(0, limit),
    shape: "table",
    table: { rows: table.rows.length, groups: ordered.map(({ slug, count, sample }) => ({ slug, count, sample })) },
  };
}

/** Reads the paste's shape first (a table, JSON, a log, a ticket), then ranks what matters in it. */
export function diagnosePaste(index: MatchIndex, input: unknown, options: DiagnoseOptions = {}): DiagnoseResult {
  if (typeof input !== "string") return { matches: [], shape: "text" };
  const text = clip(input);
  const table = parseTable(text, (cell) => index.statusNames.has(aliasKey(cell)));
  if (table) return triage(index, text, table, options);
  const focused = focus(text);
  let matches = rank(index, focused.text, options);
  // Blanking is a reading, not a verdict: when it leaves nothing to match, the whole paste is read.
  if (matches.length === 0 && focused.text !== text) matches = rank(index, text, options);
  return { matches, shape: focused.shape };
}

/** Ranks the catalog's scenarios for a paste: an error string, a status, a log excerpt, a table or a description. */
export function diagnose(index: MatchIndex, input: unknown, options: DiagnoseOptions = {}): Match[] {
  return diagnosePaste(index, input, options).matches;
}
