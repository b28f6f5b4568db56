import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { IncidentNotices } from "@/components/incidents/incident-notices";
import type { Incident } from "@/lib/content/incidents";

const hour = 3_600_000;
const make = (over: Partial<Incident>): Incident => ({
  id: "carrier",
  file: "content/incidents/carrier.mdx",
  title: "SMS to one carrier are delayed",
  start: new Date(Date.now() - hour).toISOString(),
  end: new Date(Date.now() + hour).toISOString(),
  systems: ["demo"],
  scenarios: [],
  body: [{ kind: "p", text: "Do not resend." }],
  ...over,
});

describe("the incident notices a page is rendered with", () => {
  test("without JavaScript a current incident shows with its dates; with it, the browser decides (nothing rendered on the server)", () => {
    const html = renderToStaticMarkup(<IncidentNotices incidents={[make({ start: "2026-03-01T09:30:00.000Z", end: "2099-03-01T18:00:00.000Z" })]} />);
    const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(html)?.[1] ?? "";
    expect(noscript).toContain("Known incident: SMS to one carrier are delayed");
    expect(noscript).toContain("Since 1 Mar 2026, 09:30 UTC, expected to end 1 Mar 2099, 18:00 UTC");
    expect(noscript).toContain("Do not resend.");
    expect(html.replace(/<noscript>[\s\S]*<\/noscript>/, "")).toBe("");
  });

  test("an incident that has ended is not in the page at all", () => {
    const ended = make({ start: "2020-01-01T00:00:00.000Z", end: "2020-01-02T00:00:00.000Z" });
    expect(renderToStaticMarkup(<IncidentNotices incidents={[ended]} />)).toBe("");
  });

  test("an incident's text is text, never markup", () => {
    const html = renderToStaticMarkup(<IncidentNotices incidents={[make({ title: "<img src=x onerror=alert(1)>", body: [{ kind: "ul", items: ["<script>x</script>"] }] })]} />);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
