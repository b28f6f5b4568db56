import type { Catalog, Scenario, System } from "@/lib/content/types";

/** A small catalog built by hand: one system, two stages, three scenarios, so expected values are obvious. */
export function fixtureSystem(overrides: Partial<System> = {}): System {
  return {
    id: "acme",
    file: "content/acme/_system.mdx",
    name: "Acme Messenger",
    shortName: "ACME",
    accent: "slate",
    vendor: "Acme",
    product: "text messages to customers",
    aliases: [],
    groupBy: "stage",
    question: "Where does the message stop?",
    groups: [
      { id: "rejected", label: "The request was rejected", hint: "The API answered 4XX.", unknownAdvice: "Follow every step below." },
      { id: "stuck", label: "Accepted but never delivered", hint: "The API answered 200." },
    ],
    productNames: [],
    facts: [],
    escalation: { contact: "help@acme.test", include: ["The request id"] },
    reviewInterval: 180,
    body: { type: "root", children: [] },
    text: "",
    ...overrides,
  };
}

export function fixtureScenario(slug: string, overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: `acme/${slug}`,
    slug,
    system: "acme",
    url: `/scenarios/acme/${slug}`,
    file: `content/acme/${slug}.mdx`,
    title: slug,
    group: "rejected",
    order: 1,
    summary: `Summary of ${slug}.`,
    audience: "both",
    reviewed: "2026-01-01",
    owner: "acme-team",
    signatures: [slug],
    symptoms: ["it does not arrive"],
    related: [],
    keyFacts: [],
    escalation: { contact: "help@acme.test", include: ["The request id"] },
    steps: [
      { id: "first", text: "Do the first thing.", was: [], internal: false, kind: "action" },
      { id: "second", text: "Do the second thing.", was: [], internal: false, kind: "action" },
    ],
    body: { type: "root", children: [] },
    text: "",
    ...overrides,
  };
}

export function fixtureCatalog(scenarios?: Scenario[]): Catalog {
  return {
    edition: "agent",
    systems: [fixtureSystem()],
    scenarios: scenarios ?? [
      fixtureScenario("too-big", { title: "Too big", order: 1, signatures: ["Too big", "413 Payload Too Large"] }),
      fixtureScenario("bad-key", { title: "Bad key", order: 2, signatures: ["Bad key"], related: ["acme/queue-full"] }),
      fixtureScenario("queue-full", { title: "Queue full", group: "stuck", escalation: { contact: "ops@acme.test", include: [] } }),
    ],
  };
}
