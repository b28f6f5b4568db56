/**
 * Reading a pasted table: rows copied from a web page (tab-separated), TSV, CSV, semicolon lists and
 * pipe tables, with or without a header. Pure string work, no matching: table-triage.ts diagnoses
 * the rows.
 */
import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { MAX_TABLE_ROWS, MIN_TABLE_CELLS_LOOSE } = tunables;

export interface Table {
  header?: string[];
  rows: Array<{ cells: string[]; line: string }>;
  /** The column holding a status or state, found by its header or by its values. */
  statusColumn?: number;
  /** Columns holding a message, reason or error: the row's words worth reading. */
  messageColumns: number[];
  /** Columns of counts under a status name ("Sent" over 12,400): a tally, not a row's status. */
  countColumns?: number[];
}

const STATUS_HEADER = /^(?:delivery |message |notification )?(?:status|state)$/i;
const MESSAGE_HEADER = /\b(?:message|messages|reason|error|errors|response|description|note|notes|details?|comment|result|log|exception|remarks?)\b/i;

/** Splits one CSV line, honouring double quotes ("a, b" is one cell). */
function splitQuoted(line: string, sep: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === sep && !quoted) {
      out.push(cell);
      cell = "";
    } else cell += c;
  }
  out.push(cell);
  return out;
}

function split(line: string, sep: string): string[] {
  if (sep === "|") {
    const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    return inner.split("|").map((c) => c.trim());
  }
  if (sep === "  ") return line.trim().split(/\s{2,}/);
  return splitQuoted(line, sep).map((c) => c.trim());
}

const isRule = (line: string) => /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);

/**
 * The delimiter that splits (nearly) every line into the same number of cells. Tabs and pipes are
 * table syntax; commas, semicolons and runs of spaces also occur in prose, so they need more cells.
 */
function delimiter(lines: readonly string[]): { sep: string; width: number } | undefined {
  for (const sep of ["\t", "|", ";", ",", "  "]) {
    if (sep !== "  " && !lines.every((l) => l.includes(sep))) continue;
    const widths = lines.map((l) => split(l, sep).length);
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const [width, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    const loose = sep === "," || sep === ";" || sep === "  ";
    // Two cells split on a comma are a table only under a header naming a status or message column.
    const named = split(lines[0] ?? "", sep).some((c) => STATUS_HEADER.test(c.trim()) || MESSAGE_HEADER.test(c));
    if (width < (loose && !named ? MIN_TABLE_CELLS_LOOSE : 2) || n < Math.max(2, Math.ceil(lines.length * 0.8))) continue;
    // Prose split on commas ends its lines in full stops; a table's rows seldom do.
    if (loose && lines.filter((l) => /[.!?]\s*$/.test(l)).length * 2 >= lines.length) continue;
    return { sep, width };
  }
  return undefined;
}

/** A cell holding only a number or an amount: "12,400", "98.5%", "420". */
const NUMBER_CELL = /^[+-]?\d[\d,. ]*%?$/;

/** Whether every cell of column k is a number. */
const counts = (rows: ReadonlyArray<readonly string[]>, k: number) => rows.length > 0 && rows.every((r) => NUMBER_CELL.test((r[k] ?? "").trim()));

/**
 * A header row: short labels, no digits, no addresses; none of them a value such as a status, unless
 * every cell under it is a number ("Sent | Delivered | Failed" over counts: statuses as column names).
 */
function looksLikeHeader(cells: readonly string[], below: ReadonlyArray<readonly string[]>, isStatus: (cell: string) => boolean): boolean {
  const filled = cells.filter((c) => c.trim());
  if (filled.length < Math.ceil(cells.length / 2)) return false;
  if (cells.some((c, k) => c.trim() && isStatus(c) && !counts(below, k))) return false;
  if (filled.some((c) => STATUS_HEADER.test(c.trim()) || MESSAGE_HEADER.test(c))) return true;
  return filled.every((c) => c.length <= 32 && !/\d{3,}|@|\/\/|\+\d/.test(c) && c.split(/\s+/).length <= 4);
}

const words = (cell: string) => (cell.match(/\p{L}{2,}/gu) ?? []).length;

/**
 * Parses a paste as a table when it is one: two or more lines that one delimiter splits alike.
 * `isStatus` says whether a cell is a status name the catalog knows (to find the status column).
 */
export function parseTable(text: string, isStatus: (cell: string) => boolean): Table | undefined {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() && !isRule(l))
    .slice(0, MAX_TABLE_ROWS + 1);
  if (lines.length < 2) return undefined;
  const found = delimiter(lines);
  if (!found) return undefined;
  const all = lines.map((line) => ({ cells: split(line, found.sep), line: line.trim() }));
  const first = all[0]?.cells ?? [];
  const header = looksLikeHeader(first, all.slice(1).map((r) => r.cells), isStatus) ? first : undefined;
  const rows = (header ? all.slice(1) : all).filter((r) => r.cells.some((c) => c.trim()));
  if (rows.length === 0) return undefined;

  const width = Math.max(...all.map((r) => r.cells.length));
  const column = (k: number) => rows.map((r) => r.cells[k] ?? "");
  let statusColumn = header?.findIndex((h) => STATUS_HEADER.test(h.trim()));
  if (statusColumn === undefined || statusColumn < 0) {
    // Else the column whose filled cells are mostly status names.
    let best = -1;
    let bestShare = 0.5;
    for (let k = 0; k < width; k++) {
      const cells = column(k).filter((c) => c.trim());
      const share = cells.length ? cells.filter(isStatus).length / cells.length : 0;
      if (share > bestShare) {
        best = k;
        bestShare = share;
      }
    }
    statusColumn = best >= 0 ? best : undefined;
  }
  let messageColumns = header ? header.map((h, k) => (MESSAGE_HEADER.test(h) && k !== statusColumn ? k : -1)).filter((k) => k >= 0) : [];
  if (messageColumns.length === 0) {
    // Else the wordiest column, when it reads like a sentence (three words or more on average).
    let best = -1;
    let bestWords = 2.5;
    for (let k = 0; k < width; k++) {
      if (k === statusColumn) continue;
      const cells = column(k);
      const avg = cells.reduce((sum, c) => sum + words(c), 0) / cells.length;
      if (avg > bestWords) {
        best = k;
        bestWords = avg;
      }
    }
    messageColumns = best >= 0 ? [best] : [];
  }
  const countColumns = header ? header.map((h, k) => (isStatus(h) && counts(rows.map((r) => r.cells), k) ? k : -1)).filter((k) => k >= 0) : [];
  return { header, rows, statusColumn, messageColumns, countColumns };
}

/** The whole row as "header: value" lines, so that a header's words explain its values. */
export function labelledRow(table: Table, cells: readonly string[]): string {
  return cells
    .map((c, k) => (table.countColumns?.includes(k) ? "" : c.trim() ? (table.header?.[k]?.trim() ? `${table.header[k]?.trim()}: ${c.trim()}` : c.trim()) : ""))
    .filter(Boolean)
    .join("\n");
}

/**
 * What one row says, for the matcher: its status as "status: X" and its message cells; a row with
 * neither reads as the labelled row.
 */
export function rowText(table: Table, cells: readonly string[]): string {
  const parts: string[] = [];
  const status = table.statusColumn === undefined ? "" : (cells[table.statusColumn] ?? "").trim();
  if (status) parts.push(`${table.header?.[table.statusColumn ?? -1]?.trim() || "status"}: ${status}`);
  for (const k of table.messageColumns) {
    const cell = (cells[k] ?? "").trim();
    if (cell) parts.push(cell);
  }
  return parts.length > 0 ? parts.join("\n") : labelledRow(table, cells);
}
