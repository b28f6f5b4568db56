import { draftCommand, type Range, type Row } from "@/lib/insights/reports";
import { BarChart } from "./bar-chart";
import { ReportSection } from "./report-section";
import { ReportTable } from "./report-table";

const n = (v: Row[string] | undefined) => (typeof v === "number" ? v : Number(v ?? 0));
const num = (key: string, label: string) => ({ key, label, numeric: true });

/** Every report of /insights, in the order the docs team works through them. */
export function InsightsReports({ range, reports }: { range: Range; reports: Record<string, Row[]> }) {
  const get = (k: string) => reports[k] ?? [];
  const unmatched = get("unmatched");
  const weeks = new Map<string, number>();
  for (const r of get("trends")) weeks.set(String(r.week), (weeks.get(String(r.week)) ?? 0) + n(r.searches));
  return (
    <>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Date range">
        <label className="flex flex-col text-sm">
          From
          <input type="date" name="from" defaultValue={range.from} className="rounded border border-slate-400 px-2 py-1 dark:bg-slate-900" />
        </label>
        <label className="flex flex-col text-sm">
          To
          <input type="date" name="to" defaultValue={range.to} className="rounded border border-slate-400 px-2 py-1 dark:bg-slate-900" />
        </label>
        <button type="submit" className="rounded bg-sky-800 px-3 py-1.5 text-white hover:bg-sky-900">
          Show this range
        </button>
      </form>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        From {range.from} to {range.to}. Pastes are stored masked (addresses, numbers, tokens replaced); see docs/privacy.md.
      </p>

      <ReportSection id="unmatched" title="Pastes that matched nothing" intro="Grouped by their masked text: the scenarios the catalog is missing." range={range}>
        <BarChart title="Most frequent unmatched pastes" bars={unmatched.slice(0, 8).map((r) => ({ label: String(r.text), value: n(r.searches) }))} />
        <ReportTable
          caption="Pastes that matched nothing"
          columns={[{ key: "text", label: "Masked paste" }, num("searches", "Searches"), num("visitors", "Visitors"), { key: "firstSeen", label: "First seen" }, { key: "lastSeen", label: "Last seen" }]}
          rows={unmatched}
          details={unmatched.map((r, i) => (
            <details key={i} className="mt-1">
              <summary className="cursor-pointer text-sky-800 underline dark:text-sky-300">Draft a scenario from this</summary>
              <p className="mt-1 text-xs">Run in the project, then fill in the new file:</p>
              <code className="block rounded bg-slate-100 p-2 text-xs break-all dark:bg-slate-800">{draftCommand(String(r.text), r.system === null ? null : String(r.system))}</code>
            </details>
          ))}
        />
      </ReportSection>

      <ReportSection id="not-solved" title="Answers that did not solve it" intro="Scenarios with the most “No” answers to “Did this solve it?”, with the reasons and comments (masked)." range={range}>
        <ReportTable
          caption="Scenarios answered No"
          columns={[{ key: "scenario", label: "Scenario" }, num("no", "No"), num("yes", "Yes"), num("wrongCause", "Wrong cause"), num("stepFailed", "Step failed"), num("unclear", "Unclear"), num("stepMissing", "Step missing"), num("other", "Other"), { key: "comments", label: "Comments" }]}
          rows={get("not-solved")}
        />
      </ReportSection>

      <ReportSection id="helpfulness" title="Helpfulness per scenario" intro="The share of “Yes” among the answers to “Did this solve it?”." range={range}>
        <BarChart title="Solved percentage per scenario" unit="%" bars={get("helpfulness").slice(0, 12).map((r) => ({ label: String(r.scenario), value: n(r.solvedPercent) }))} />
        <ReportTable caption="Helpfulness per scenario" columns={[{ key: "scenario", label: "Scenario" }, num("yes", "Yes"), num("no", "No"), num("solvedPercent", "Solved %")]} rows={get("helpfulness")} />
      </ReportSection>

      <ReportSection id="wizard-funnel" title="Wizard funnel" intro="How many reached each question, and where the path ended: left, escalated or solved." range={range}>
        <BarChart title="Wizard questions reached" bars={get("wizard-funnel").map((r) => ({ label: String(r.step), value: n(r.reached) }))} />
        <ReportTable caption="Wizard questions reached and left" columns={[{ key: "step", label: "Question" }, num("reached", "Reached"), num("left", "Left here"), num("escalated", "Escalated"), num("solved", "Solved")]} rows={get("wizard-funnel")} />
      </ReportSection>

      <ReportSection id="wizard-paths" title="Solved rate per wizard path" intro="Each path through the wizard (its answers), and how its runs ended." range={range}>
        <ReportTable caption="Wizard paths" columns={[{ key: "path", label: "Path" }, num("ended", "Runs"), num("solved", "Solved"), num("escalated", "Escalated"), num("left", "Left"), num("solvedPercent", "Solved %")]} rows={get("wizard-paths")} />
      </ReportSection>

      <ReportSection id="rank" title="Rank quality" intro="Which result people open: the share at rank 1, 2, 3 and lower." range={range}>
        <BarChart title="Opens by rank" unit="%" bars={get("rank").map((r) => ({ label: `Rank ${r.rank}`, value: n(r.percent) }))} />
        <ReportTable caption="Opens by rank" columns={[{ key: "rank", label: "Rank" }, num("opens", "Opens"), num("percent", "Share %")]} rows={get("rank")} />
      </ReportSection>

      <ReportSection id="trends" title="Weekly trends per system" intro="Searches, unmatched searches and feedback per week (weeks start on Monday)." range={range}>
        <BarChart title="Searches per week" bars={[...weeks].map(([week, value]) => ({ label: week, value }))} />
        <ReportTable caption="Weekly trends per system" columns={[{ key: "week", label: "Week" }, { key: "system", label: "System" }, num("searches", "Searches"), num("unmatched", "Unmatched"), num("solved", "Solved"), num("notSolved", "Not solved")]} rows={get("trends")} />
      </ReportSection>
    </>
  );
}
