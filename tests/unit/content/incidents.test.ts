import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildCatalog } from "@/lib/content/build";
import { isActive, incidentsFor, notEnded } from "@/lib/content/incident-active";
import { buildIncidents } from "@/lib/content/incidents";
import { formatProblem } from "@/lib/content/problem";
import type { SourceFile } from "@/lib/content/types";
import { base } from "./fixtures";

const incident = (name: string, source?: string): SourceFile => ({
  path: `content/incidents/${name}.mdx`,
  source: source ?? readFileSync(join(process.cwd(), "tests/fixtures/incidents", `${name}.mdx`), "utf8"),
});
const catalog = buildCatalog(base(), "agent").catalog;

describe("incident files", () => {
  test("a valid incident keeps its fields, dates as UTC instants, and its body as text blocks", () => {
    const { incidents, problems } = buildIncidents([incident("carrier-outage"), incident("open-ended")], catalog);
    expect(problems).toEqual([]);
    expect(incidents).toEqual([
      {
        id: "carrier-outage",
        file: "content/incidents/carrier-outage.mdx",
        title: "SMS to one carrier are delayed",
        start: "2026-03-01T09:30:00.000Z",
        end: "2026-03-01T18:00:00.000Z",
        systems: ["demo"],
        scenarios: [],
        body: [
          { kind: "p", text: "SMS messages to one carrier are delayed by up to two hours." },
          { kind: "ul", items: ["Do not resend: delayed messages will still arrive.", "Check back here for updates."] },
        ],
      },
      expect.objectContaining({ id: "open-ended", start: "2026-03-02T00:00:00.000Z", end: null, systems: [], scenarios: ["demo/valid"] }),
    ]);
  });

  test("unknown systems and scenarios, an end before the start and components are errors with file and field", () => {
    const { incidents, problems } = buildIncidents([incident("broken")], catalog);
    expect(incidents).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'content/incidents/broken.mdx: systems: unknown system "nosuchsystem": expected one of demo',
      'content/incidents/broken.mdx: scenarios: unknown scenario "demo/nope"',
      "content/incidents/broken.mdx: end: 2026-03-04T10:00:00.000Z is not after start 2026-03-05T10:00:00.000Z",
      "content/incidents/broken.mdx: body: line 9: incidents are plain Markdown: no components or HTML",
    ]);
  });

  test("a time without a zone, a missing title and an incident about nothing are refused", () => {
    const src = "---\nstart: 2026-03-01T09:30\n---\n\nText.\n";
    const { problems } = buildIncidents([incident("vague", src)], catalog);
    expect(problems.map((p) => p.field).sort()).toEqual(["start", "title"]);
    const nothing = buildIncidents([incident("nothing", "---\ntitle: T\nstart: 2026-03-01\n---\n\nText.\n")], catalog);
    expect(nothing.problems.map(formatProblem)).toEqual(["content/incidents/nothing.mdx: systems: name at least one system or scenario the incident affects"]);
  });

  test("the incidents folder is not mistaken for a system", () => {
    const { problems } = buildCatalog([...base(), incident("carrier-outage")], "agent");
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("when an incident shows", () => {
  const i = { start: "2026-03-01T09:30:00.000Z", end: "2026-03-01T18:00:00.000Z" };
  const t = (s: string) => Date.parse(s);

  test("from its start, up to but not at its end", () => {
    expect(isActive(i, t("2026-03-01T09:29:59Z"))).toBe(false);
    expect(isActive(i, t("2026-03-01T09:30:00Z"))).toBe(true);
    expect(isActive(i, t("2026-03-01T17:59:59Z"))).toBe(true);
    expect(isActive(i, t("2026-03-01T18:00:00Z"))).toBe(false);
    expect(isActive({ start: i.start, end: null }, t("2030-01-01T00:00:00Z"))).toBe(true);
  });

  test("an incident that has ended is left out of a page rendered after it", () => {
    expect(notEnded(i, t("2026-03-01T12:00:00Z"))).toBe(true);
    expect(notEnded(i, t("2026-03-02T00:00:00Z"))).toBe(false);
    expect(notEnded({ end: null }, t("2099-01-01T00:00:00Z"))).toBe(true);
  });

  test("a scenario's incidents are those naming it or its system", () => {
    const { incidents } = buildIncidents([incident("carrier-outage"), incident("open-ended")], catalog);
    expect(incidentsFor(incidents, { id: "demo/valid", system: "demo" }).map((x) => x.id)).toEqual(["carrier-outage", "open-ended"]);
    expect(incidentsFor(incidents, { id: "demo/other", system: "demo" }).map((x) => x.id)).toEqual(["carrier-outage"]);
    expect(incidentsFor(incidents, { id: "x/y", system: "x" })).toEqual([]);
  });
});
