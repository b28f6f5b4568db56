import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { SearchResults } from "@/components/search/results";
import type { Match } from "@/lib/match";
import type { SearchAnswer } from "@/lib/search/answer";

const systems = { acme: { shortName: "ACME", name: "Acme", accent: "sky" as const } };
const match = (slug: string, title: string, confidence: Match["confidence"]): Match => ({
  slug,
  id: slug,
  url: `/scenarios/${slug}`,
  title,
  system: "acme",
  systemName: "Acme",
  score: 0.9,
  confidence,
  why: { kind: "signature", text: title, span: [0, title.length] },
});
const card = (id: string, title: string) => ({
  id,
  url: `/scenarios/${id}`,
  title,
  system: "acme",
  rootCause: `Root cause of ${title}.`,
  firstSteps: [`First step of ${title}.`],
  stepCount: 4,
  group: "G",
  signatures: [title],
});

describe("search results", () => {
  test("a result card shows the root cause, the first step, the count of the rest, the confidence and what matched", () => {
    const answer: SearchAnswer = { matches: [{ match: match("acme/paused", "Dispatch is paused", "exact"), card: card("acme/paused", "Dispatch is paused") }], table: null, keyword: null, truncated: false, named: [] };
    const html = renderToStaticMarkup(<SearchResults answer={answer} query="Dispatch is paused" systems={systems} />);
    expect(html).toContain("Root cause of Dispatch is paused.");
    expect(html).toContain("First step of Dispatch is paused.");
    expect(html).toContain("and 3 more steps");
    expect(html).toContain("Exact message");
    expect(html).toContain("<mark");
  });

  test("the heading says 'possible' when no match is more than possible, 'likely' otherwise", () => {
    const item = (slug: string, confidence: Match["confidence"]) => ({ match: match(slug, slug, confidence), card: card(slug, slug) });
    const heading = (answer: SearchAnswer) => /<h2[^>]*>([^<]+)<\/h2>/.exec(renderToStaticMarkup(<SearchResults answer={answer} query="x y z" systems={systems} />))?.[1];
    const base = { table: null, keyword: null, truncated: false, named: [] };
    expect(heading({ ...base, matches: [item("acme/a", "possible"), item("acme/b", "possible")] })).toBe("2 possible root causes");
    expect(heading({ ...base, matches: [item("acme/a", "likely"), item("acme/b", "possible")] })).toBe("2 likely root causes");
    expect(heading({ ...base, matches: [item("acme/a", "exact")] })).toBe("1 likely root cause");
  });

  test("a table paste shows its rows per cause, each a link, the unmatched rows last", () => {
    const answer: SearchAnswer = {
      matches: [],
      table: {
        rows: 16,
        causes: [
          { slug: null, count: 1, sample: "row x", title: null, url: null },
          { slug: "acme/not-sent", count: 3, sample: "Not sent", title: "Not sent", url: "/scenarios/acme/not-sent" },
          { slug: "acme/sent", count: 12, sample: "Sent", title: "Sent", url: "/scenarios/acme/sent" },
        ],
      },
      keyword: null,
      truncated: false,
      named: [],
    };
    const html = renderToStaticMarkup(<SearchResults answer={answer} query={"a\tb\nc\td"} systems={systems} />);
    const items = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(items).toEqual([
      ["/scenarios/acme/sent", "Sent — 12 rows"],
      ["/scenarios/acme/not-sent", "Not sent — 3 rows"],
      ["/diagnose", "no known cause — 1 row"],
    ]);
    expect(html).toContain("16 rows: 2 known causes");
  });

  test("a table of one row shows its result card, not a triage of one", () => {
    const answer: SearchAnswer = {
      matches: [{ match: match("acme/sent", "Sent", "exact"), card: card("acme/sent", "Sent") }],
      table: { rows: 1, causes: [{ slug: "acme/sent", count: 1, sample: "Sent", title: "Sent", url: "/scenarios/acme/sent" }] },
      keyword: null,
      truncated: false,
      named: [],
    };
    const html = renderToStaticMarkup(<SearchResults answer={answer} query="x" systems={systems} />);
    expect(html).not.toContain("Rows per cause");
    expect(html).toContain("Root cause of Sent.");
  });

  test("nothing to show says so and offers the guided diagnosis", () => {
    const html = renderToStaticMarkup(<SearchResults answer={{ matches: [], table: null, keyword: null, truncated: false, named: [] }} query="hello" systems={systems} />);
    expect(html).toContain("No known root cause matches this text");
    expect(html).toContain('href="/diagnose"');
  });

  test("nothing matched in a text that names a system: that system's guided diagnosis and its scenarios, each a link", () => {
    const acme = { id: "acme", url: "/systems/acme", name: "Acme", shortName: "ACME", vendor: "", product: "", aliases: [], providers: [], scenarioCount: 1 };
    const html = renderToStaticMarkup(<SearchResults answer={{ matches: [], table: null, keyword: null, truncated: false, named: [acme] }} query="acme is broken" systems={systems} />);
    const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["/diagnose?system=acme", "Guided diagnosis for Acme"],
      ["/systems/acme", "Browse its 1 scenario"],
    ]);
    expect(html).toContain("It names Acme");
  });
});
