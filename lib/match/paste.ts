import { aliasKey } from "./alias-key";
import { blend } from "./blend";
import { docById } from "./doc-lookup";
import type { MatchIndex } from "./index-types";
import { mentionedSystems, rank } from "./diagnose";
import { focus } from "./shape";
import { standsForSuccess } from "./success";
import { clip } from "./text";
import { labelledRow, parseTable, rowText, type Table } from "./table";
import type { DiagnoseOptions, DiagnoseResult, Match, TableGroup } from "./types";
import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { DEFAULT_LIMIT, ODD_ONE_OUT, SUCCESS_YIELD, WHOLE_ROW_READS } = tunables;

/** The answer most rows got. */
const commonest = (seen: ReadonlyMap<string, { match: Match; n: number }> | undefined) =>
  [...(seen?.values() ?? [])].sort((a, b) => b.n - a.n)[0]?.match;

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
  const wholes = new Map<string, Match | undefined>();
  const tally = new Map<string, Map<string, { match: Match; n: number }>>();
  // The systems the table names, found once: each row's reading counts them as named.
  const named = mentionedSystems(index, text);
  const one = (s: string) => (s.trim() ? rank(index, s, { ...options, limit: 1, context: named })[0] : undefined);
  table.rows.forEach((row, i) => {
    const t = rowText(table, row.cells);
    let m = cache.get(t);
    if (!cache.has(t)) {
      // A status the catalog does not name ("Paused") may still mean something with its row's other cells.
      m = one(t);
      const whole = labelledRow(table, row.cells);
      // A header is a label, no evidence: a match on shared words must also be the cells' own
      // ("Email: b@corp.example / Event: dropped" is no email problem of this catalog).
      if (!m && whole !== t) {
        m = one(whole);
        if (m?.why.kind === "words" && one(row.cells.join("\n"))?.slug !== m.slug) m = undefined;
      }
      cache.set(t, m);
    }
    // A status cell read only as a word ("Failed" in a journey export, where it is no status of the
    // system whose word it is) yields to the whole row when that says more: "Audience: 780000 ... Failed".
    // Past WHOLE_ROW_READS distinct rows, a row takes what most rows of its status got (a long export stays fast).
    if (m?.why.kind === "words") {
      const whole = labelledRow(table, row.cells);
      if (whole !== t && !wholes.has(whole) && wholes.size < WHOLE_ROW_READS) wholes.set(whole, one(whole));
      const w = whole === t ? undefined : wholes.has(whole) ? wholes.get(whole) : commonest(tally.get(t));
      const better = w && w.score > m.score ? w : m;
      const seen = tally.get(t) ?? new Map<string, { match: Match; n: number }>();
      tally.set(t, seen.set(better.slug, { match: better, n: (seen.get(better.slug)?.n ?? 0) + 1 }));
      m = better;
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
  const success = (g: (typeof found)[number]) => standsForSuccess(docById(index, g.match?.slug ?? ""));
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
  let read = focused.text;
  if (matches.length === 0 && focused.text !== text) {
    matches = rank(index, text, options);
    if (matches.length) read = text;
  }
  // The learned model reads it again (blend.ts), unless the caller asked for raw scores at a threshold of its own.
  if (index.learned && options.threshold === undefined) matches = blend(index, index.learned, read, matches, Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  return { matches, shape: focused.shape };
}

/** Ranks the catalog's scenarios for a paste: an error string, a status, a log excerpt, a table or a description. */
export function diagnose(index: MatchIndex, input: unknown, options: DiagnoseOptions = {}): Match[] {
  return diagnosePaste(index, input, options).matches;
}
