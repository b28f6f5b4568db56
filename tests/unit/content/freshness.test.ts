import { describe, expect, test } from "vitest";
import { buildCatalog } from "@/lib/content/build";
import { formatProblem } from "@/lib/content/problem";
import { overdueReviewProblems, PLACEHOLDER } from "@/lib/content/rules";
import { base, fixture } from "./fixtures";

const valid = () => fixture("valid");
const withReviewed = (date: string) => {
  const f = valid();
  return { ...f, source: f.source.replace(/^reviewed: .*$/m, `reviewed: ${date}`) };
};

describe("review dates", () => {
  test("a scenario carries its reviewed date and owner", () => {
    const { catalog } = buildCatalog(base(), "agent");
    expect(catalog.scenarios[0]).toMatchObject({ reviewed: "2026-11-27", owner: "docs-team" });
  });

  test("a scenario reviewed longer ago than its system's interval is a warning naming the date, the age and the owner", () => {
    const { catalog } = buildCatalog([fixture("_system"), withReviewed("2026-01-01")], "agent");
    const interval = catalog.systems[0]?.reviewInterval ?? 0;
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
    expect(overdueReviewProblems(catalog, day(interval))).toEqual([]);
    expect(overdueReviewProblems(catalog, day(interval + 1)).map(formatProblem)).toEqual([
      `content/demo/valid.mdx: reviewed: overdue for review: last reviewed 2026-01-01, ${interval + 1} days ago (the interval is ${interval} days); owner docs-team`,
    ]);
    expect(overdueReviewProblems(catalog, day(interval + 1))[0]?.severity).toBe("warning");
  });

  test("a review date in the future is a warning", () => {
    const { catalog } = buildCatalog([fixture("_system"), withReviewed("2027-03-01")], "agent");
    expect(overdueReviewProblems(catalog, new Date(Date.UTC(2026, 10, 27))).map((p) => p.message)).toEqual([
      "2027-03-01 is in the future: write the date the scenario was last checked",
    ]);
  });

  test("a system without a review interval is an error", () => {
    const system = fixture("_system");
    const { problems } = buildCatalog([{ ...system, source: system.source.replace(/^reviewInterval: .*\n/m, "") }, valid()], "agent");
    expect(problems.map(formatProblem)).toContain("content/demo/_system.mdx: reviewInterval: required field is missing");
  });
});

describe("the scaffold's placeholders", () => {
  test("each line still holding one is an error with its line, in frontmatter and body alike", () => {
    const f = valid();
    const source = f.source
      .replace("summary: The demo gateway was down, so nothing was sent.", `summary: "${PLACEHOLDER} one sentence"`)
      .replace("The gateway was down.", `${PLACEHOLDER} Explain what happened.`);
    const { problems } = buildCatalog([fixture("_system"), { ...f, source }], "agent");
    const lines = source.split("\n").flatMap((l, i) => (l.includes(PLACEHOLDER) ? [i + 1] : []));
    expect(lines).toHaveLength(2);
    expect(problems.filter((p) => p.field === "placeholder").map((p) => [p.severity, p.line])).toEqual(lines.map((n) => ["error", n]));
  });
});
