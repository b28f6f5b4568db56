import type { Catalog, Scenario, System } from "@/lib/content/types";

/** A small hand-made catalog: two systems, four scenarios, one internal step. */
const system = (id: string, name: string, shortName: string, aliases: string[]): System => ({
  id,
  file: `content/${id}/_system.mdx`,
  name,
  shortName,
  accent: "sky",
  vendor: `${name} Inc.`,
  product: id === "beta" ? "email, SMS and webhook notifications" : "survey invitations",
  aliases,
  groupBy: "status",
  question: "?",
  groups: [
    { id: "sent", label: "Sent", hint: "h" },
    { id: "skipped", label: "Skipped records", hint: "h" },
  ],
  productNames: id === "beta" ? ["Qorvex"] : [],
  facts: [],
  reviewInterval: 180,
  body: { type: "root", children: [] },
  text: "",
});

const scenario = (id: string, title: string, summary: string, extra: Partial<Scenario> = {}): Scenario => {
  const [sys = "", slug = ""] = id.split("/");
  return {
    id,
    slug,
    system: sys,
    url: `/scenarios/${id}`,
    file: `content/${id}.mdx`,
    title,
    group: "skipped",
    order: 1,
    summary,
    audience: "both",
    reviewed: "2026-01-01",
    owner: "docs-team",
    signatures: [title],
    symptoms: [],
    related: [],
    keyFacts: [],
    steps: [
      { id: "one", kind: "action" as const, text: `First do this for ${title}.`, internal: false, was: [] },
      { id: "two", kind: "action" as const, text: "Then that.", internal: false, was: [] },
    ],
    body: { type: "root", children: [] },
    text: "",
    ...extra,
  };
};

export const fixtureCatalog: Catalog = {
  edition: "customer",
  systems: [system("acme", "Acme Experience Management", "ACME", ["Acme", "dispatchRequest", "Zorbix"]), system("beta", "Beta Mail", "BETA", ["Beta"])],
  scenarios: [
    scenario("acme/dispatch-paused", "Dispatch is paused", "The dispatch is paused by an administrator, so its records are skipped.", {
      steps: [
        { id: "secret", kind: "action" as const, text: "Ask Dana on the backend team to flip the flag.", internal: true, was: [] },
        { id: "live", kind: "action" as const, text: "Make the dispatch live again.", internal: false, was: [] },
        { id: "restart", kind: "action" as const, text: "Restart the dispatcher.", internal: false, was: [] },
      ],
    }),
    scenario("acme/max-records", "Max Record size Exceeded", "The request carried too many records.", { related: ["acme/dispatch-paused"] }),
    scenario("beta/sent", "Sent", "The message left Beta; delivery is up to the provider.", { group: "sent", related: ["acme/dispatch-paused"] }),
    scenario("beta/bounced", "Bounced", "The recipient's server refused the message.", { related: ["beta/sent"] }),
  ],
};
