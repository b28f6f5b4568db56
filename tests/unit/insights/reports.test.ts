import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { scaffoldScenario } from "@/lib/content/scaffold";
import { getCatalog } from "@/lib/content";
import type { Store } from "@/lib/insights/db/open";
import { events } from "@/lib/insights/db/tables";
import { draftCommand, runReport, toCsv } from "@/lib/insights/reports";
import { feedbackRow, pageRow, searchRow } from "@/lib/insights/rows";
import { SESSION_TIME_ZONE, testStores } from "./stores";

const now = Date.UTC(2026, 4, 20, 10);
const range = { from: "2026-05-01", to: "2026-05-31" };
const ctx = (visitor: string) => ({ edition: "customer", visitor, now, systemOf: (id: string) => id.split("/")[0] });

for (const store of testStores("report_tests")) {
  describe.skipIf(!store.available)(`reports on ${store.name}`, () => {
    let s: Store;
    beforeAll(async () => {
      s = await store.open();
      await s.db.execute(sql`truncate events, daily_counts, salts`);
      await s.db.insert(events).values([
        searchRow("Zorp failed for ann@example.com", [], "home", ctx("a")),
        searchRow("zorp FAILED for bob@example.org", [], "search", ctx("b")),
        searchRow("zorp failed for carl@example.net", [], "api", ctx("b")),
        searchRow("something matched", [{ id: "wxm/x", score: 0.8 }], "home", ctx("a")),
        feedbackRow({ scenario: "wxm/x", solved: false, reason: "wrong-cause", comment: "call me on +1 202 555 0143" }, ctx("a")),
        feedbackRow({ scenario: "wxm/x", solved: true }, ctx("b")),
        pageRow({ type: "open", channel: "home", scenario: "wxm/x", rank: 1 }, ctx("a")),
        pageRow({ type: "open", channel: "home", scenario: "wxm/y", rank: 2 }, ctx("a")),
        pageRow({ type: "open", channel: "home", scenario: "wxm/x", rank: 1 }, ctx("b")),
        pageRow({ type: "wizard-step", step: "group", path: "wxm", system: "wxm" }, ctx("a")),
        pageRow({ type: "wizard-end", outcome: "left", step: "group", path: "wxm", system: "wxm" }, ctx("a")),
        searchRow("outside the range", [], "home", { ...ctx("c"), now: Date.UTC(2026, 3, 1) }),
      ]);
    }, 120_000);
    afterAll(async () => {
      await s?.close();
      store.cleanup();
    });

    test("unmatched pastes are grouped by their masked text, with searches and distinct visitors, inside the date range", async () => {
      const rows = await runReport(s.db, "unmatched", range);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ text: "zorp failed for <email>", searches: 3, visitors: 2, firstSeen: "2026-05-20 10:00" });
    });

    test("not-solved counts No answers by reason and keeps the masked comment", async () => {
      const [row] = await runReport(s.db, "not-solved", range);
      expect(row).toMatchObject({ scenario: "wxm/x", no: 1, yes: 1, wrongCause: 1, stepFailed: 0, comments: "call me on <phone>" });
    });

    test("rank quality, helpfulness, the wizard funnel and weekly trends", async () => {
      expect(await runReport(s.db, "rank", range)).toEqual([
        { rank: "1", opens: 2, percent: 67 },
        { rank: "2", opens: 1, percent: 33 },
      ]);
      expect(await runReport(s.db, "helpfulness", range)).toEqual([{ scenario: "wxm/x", yes: 1, no: 1, solvedPercent: 50 }]);
      expect(await runReport(s.db, "wizard-funnel", range)).toEqual([{ step: "group", reached: 1, left: 1, escalated: 0, solved: 0 }]);
      const trends = await runReport(s.db, "trends", range);
      const wxm = trends.find((r) => r.system === "wxm");
      expect(wxm).toMatchObject({ week: "2026-05-18", searches: 1, unmatched: 0, solved: 1, notSolved: 1 });
    });

    test(`a range is whole UTC days, whatever the database session's time zone (${SESSION_TIME_ZONE} here)`, async () => {
      const text = "edge of the range";
      const at = (iso: string) => ({ ...ctx("e"), now: Date.parse(iso) });
      const { rows: timeZone } = (await s.db.execute(sql`show timezone`)) as unknown as { rows: Array<{ TimeZone?: string; timezone?: string }> };
      expect(Object.values(timeZone[0] ?? {})).toEqual([SESSION_TIME_ZONE]);
      await s.db.insert(events).values(
        ["2026-04-30T23:00:00Z", "2026-05-01T00:00:00Z", "2026-05-31T23:00:00Z", "2026-06-01T00:00:00Z"].map((iso) => searchRow(text, [], "home", at(iso))),
      );
      try {
        const edge = (await runReport(s.db, "unmatched", range)).find((r) => r.text === text);
        expect(edge).toMatchObject({ searches: 2, firstSeen: "2026-05-01 00:00", lastSeen: "2026-05-31 23:00" });
      } finally {
        await s.db.execute(sql`delete from events where text_masked = ${text}`);
      }
    });
  });
}

describe("report helpers", () => {
  test("CSV quotes every field, doubles quotes and defuses spreadsheet formulas", () => {
    expect(toCsv([{ text: 'say "hi"', n: 2 }, { text: "=cmd()", n: null }])).toBe('"text","n"\r\n"say ""hi""","2"\r\n"\'=cmd()",""\r\n');
  });

  test("the draft command quotes the paste for the shell, and content:new puts it first under signatures", () => {
    const command = draftCommand("it's <email> failing", "wxm");
    expect(command).toBe(`npm run content:new -- wxm/failing --signature 'it'\\''s <email> failing'`);
    const catalog = getCatalog();
    const system = catalog.systems[0]!;
    const made = scaffoldScenario(`${system.id}/brand-new-slug`, catalog.systems, [], new Date(), { signature: "it's <email> failing" });
    expect(made.ok && made.source).toContain(`- "it's <email> failing"`);
  });
});
