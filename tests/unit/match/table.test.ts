import { expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, diagnosePaste, toMatchDocs } from "@/lib/match";
import { parseTable } from "@/lib/match/table";
import { WHOLE_ROW_READS } from "@/lib/match/tunables";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const known = new Set(["sent", "not sent", "waiting", "failed"]);
const isStatus = (c: string) => known.has(c.trim().toLowerCase());

test("tab, pipe, semicolon and quoted CSV tables are read, with or without a header", () => {
  expect(parseTable("To\tSubject\tStatus\na@x.org\tHi\tSent\nb@x.org\tHi\tWaiting", isStatus)).toMatchObject({ header: ["To", "Subject", "Status"], statusColumn: 2 });
  expect(parseTable("| Subject | Status |\n|---|---|\n| Hi | Sent |", isStatus)?.rows.map((r) => r.cells)).toEqual([["Hi", "Sent"]]);
  const csv = parseTable('id,state,message\n1,Sent,"Hello, world"\n2,Failed,"Bye, now"', isStatus);
  expect(csv?.rows.map((r) => r.cells[2])).toEqual(["Hello, world", "Bye, now"]);
  // No header: the status column is the one whose values are statuses.
  expect(parseTable("a@x.org;Invoice;Sent\nb@x.org;Invoice;Not sent", isStatus)).toMatchObject({ header: undefined, statusColumn: 2 });
});

test("prose with commas is not a table", () => {
  expect(parseTable("Hi team, our invitations stopped, since Monday.\nThanks, we tried again, nothing.", isStatus)).toBeUndefined();
  expect(parseTable("one line, only, here", isStatus)).toBeUndefined();
});

test("each row is diagnosed and the causes come with their row counts", () => {
  const paste = "Message to\tSubject\tStatus\na@x.org\tHi\tSent\n\tHi\tNot sent\nb@x.org\tHi\tSent\nc@x.org\tHi\tSent";
  const r = diagnosePaste(index, paste);
  expect(r.shape).toBe("table");
  expect(r.table?.rows).toBe(4);
  expect(r.table?.groups.map((g) => [g.slug, g.count])).toEqual([["acme/sent", 3], ["acme/not-sent", 1]]);
  expect(r.table?.groups[1]?.sample).toContain("Not sent");
  // The odd one out leads the matches, as for a list of statuses.
  expect(r.matches[0]?.slug).toBe("acme/not-sent");
});

test("rows that match nothing are counted under slug null", () => {
  const r = diagnosePaste(index, "Subject\tStatus\nHi\tSent\nHi\tArchived by user\nHo\tArchived by user");
  expect(r.table?.groups).toContainEqual(expect.objectContaining({ slug: null, count: 2 }));
});

test("a real status-grouped system's statuses, in an export naming the system, find their own scenarios", () => {
  const { catalog } = loadCatalog(process.cwd(), "customer");
  const docs = toMatchDocs(catalog);
  const real = buildMatchIndex(docs);
  // status (as its system writes it) → the scenarios that stand for it, and their system's name
  const owners = new Map<string, { ids: string[]; system: string }>();
  for (const d of docs) for (const status of d.statuses) owners.set(status, { ids: [...(owners.get(status)?.ids ?? []), d.id], system: d.systemName });
  expect(owners.size).toBeGreaterThan(0);
  for (const [status, { ids, system }] of owners) {
    const paste = `Recipient\tSent by\tStatus\na@example.com\t${system}\t${status}\nb@example.com\t${system}\t${status}`;
    const groups = diagnosePaste(real, paste).table?.groups ?? [];
    expect(groups, status).toHaveLength(1);
    expect(ids, status).toContain(groups[0]?.slug);
    expect(groups[0]?.count).toBe(2);
  }
});

test("a status cell read only as a word yields to its whole row when the row says more", () => {
  const index = buildMatchIndex(fixtureDocs);
  // "Failed" in lower case is no status of Beta (which writes FAILED): alone it is a word, at most.
  const passed = diagnosePaste(index, "Batch | Rows | Status\nB-1 | 25000 | Failed\nB-2 | 1200 | Done");
  expect(passed.table?.groups.find((g) => g.sample.startsWith("B-1"))?.slug).toBe("acme/max-records");
  expect(passed.matches[0]?.slug).toBe("acme/max-records");
  // Within the limit the row says nothing more, and the word's reading stands.
  const within = diagnosePaste(index, "Batch | Rows | Status\nB-1 | 250 | Failed\nB-2 | 1200 | Done");
  expect(within.table?.groups.find((g) => g.sample.startsWith("B-1"))?.slug).toBe("beta/failed");
});

test("past WHOLE_ROW_READS distinct rows, a row takes what most rows of its status got", () => {
  const index = buildMatchIndex(fixtureDocs);
  const n = WHOLE_ROW_READS * 3;
  const rows = Array.from({ length: n }, (_, i) => `B-${i} | ${25000 + i} | Failed`);
  const result = diagnosePaste(index, ["Batch | Rows | Status", ...rows].join("\n"));
  expect(result.table?.rows).toBe(n);
  expect(result.table?.groups).toEqual([expect.objectContaining({ slug: "acme/max-records", count: n })]);
});

test("statuses over columns of counts are a header, and a tally of them names no row's status", () => {
  const tally = "Provider\tSent\tNot sent\nNorthwind\t12,400\t420\nContoso\t8,100\t80";
  expect(parseTable(tally, isStatus)).toMatchObject({ header: ["Provider", "Sent", "Not sent"], countColumns: [1, 2] });
  const r = diagnosePaste(index, tally);
  expect(r.table?.groups.every((g) => g.slug === null)).toBe(true);
  // The same status words over a row of statuses stay a row: no header, a status column.
  const rows = "Northwind\tSent\tNot sent\nContoso\tSent\tSent";
  expect(parseTable(rows, isStatus)?.header).toBeUndefined();
  expect(diagnosePaste(index, rows).table?.groups.some((g) => g.slug !== null)).toBe(true);
  // A status header over a column that is not all numbers is no header either.
  expect(parseTable("Provider\tSent\tNot sent\nNorthwind\t12,400\tyes\nContoso\t8,100\t80", isStatus)?.header).toBeUndefined();
});

test("a row read whole is matched on shared words only when its cells, without the header's labels, agree", () => {
  const labelled = "Administrator | Dispatch invitations | Note\nJo Smith | skipped records | holiday cover\nAl Brown | qx-17 | none";
  // The header's words alone would name a scenario for every row, even "qx-17 | none".
  expect(diagnosePaste(index, "Administrator dispatch invitations", { limit: 1 }).matches[0]?.slug).toBe("acme/dispatch-paused");
  expect(diagnosePaste(index, labelled).table?.groups).toEqual([expect.objectContaining({ slug: null, count: 2 })]);
  // A row whose own cells say it is still matched.
  const own = "Who | Dispatch invitations | Note\nJo Smith | paused records skipped | holiday cover\nAl Brown | qx-17 | none";
  const groups = diagnosePaste(index, own).table?.groups ?? [];
  expect(groups.find((g) => g.slug === "acme/dispatch-paused")?.count).toBe(1);
  expect(groups.find((g) => g.slug === null)?.count).toBe(1);
});
