import { describe, expect, test } from "vitest";
import { buildCatalog } from "@/lib/content/build";
import { checkCatalog } from "@/lib/content/check";
import { formatProblem } from "@/lib/content/problem";
import { productNameProblems } from "@/lib/content/rules";
import { base, fixture } from "./fixtures";

function errorsFor(name: string): string[] {
  const { problems } = buildCatalog([...base(), fixture(name)], "agent");
  return problems.filter((p) => p.severity === "error").map(formatProblem);
}

describe("content validation", () => {
  test("a valid system and scenario produce no problems", () => {
    const { catalog, problems } = buildCatalog(base(), "agent");
    expect(problems).toEqual([]);
    expect(catalog.scenarios.map((s) => s.id)).toEqual(["demo/valid"]);
    expect(catalog.scenarios[0]?.steps.map((s) => s.id)).toEqual(["restart-gateway", "resend"]);
  });

  test("a missing frontmatter field names the field", () => {
    expect(errorsFor("missing-title")).toEqual(["content/demo/missing-title.mdx: title: required field is missing"]);
  });

  test("an invalid enum value lists the allowed values", () => {
    expect(errorsFor("bad-audience")).toEqual([
      'content/demo/bad-audience.mdx: audience: Invalid option: expected one of "agent"|"customer"|"both"',
    ]);
  });

  test("a stage the system overview does not declare is rejected", () => {
    expect(errorsFor("unknown-stage")).toEqual([
      'content/demo/unknown-stage.mdx: stage: unknown stage "delivering": expected one of sending',
    ]);
  });

  test("a related id that does not exist is rejected", () => {
    expect(errorsFor("missing-related")).toEqual([
      'content/demo/missing-related.mdx: related: "demo/does-not-exist" does not exist',
    ]);
  });

  test("a scenario without remedy steps is rejected", () => {
    expect(errorsFor("no-steps")).toEqual([
      'content/demo/no-steps.mdx: steps: no remedy steps: add <Steps> with at least one <Step id="...">',
    ]);
  });

  test("an MDX syntax error is reported with its line", () => {
    const errors = errorsFor("mdx-syntax");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/demo\/mdx-syntax\.mdx:18: body: column \d+: MDX syntax error: /);
  });

  test("invalid YAML in the frontmatter is reported with its line", () => {
    const errors = errorsFor("bad-yaml");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/demo\/bad-yaml\.mdx:6: frontmatter: invalid YAML: /);
  });

  test("two steps with the same id are rejected", () => {
    expect(errorsFor("duplicate-step")).toEqual([
      'content/demo/duplicate-step.mdx:17: steps: duplicate step id "one": give each step its own id',
    ]);
  });

  test("the same id defined twice (.md and .mdx) is rejected", () => {
    const twin = { ...fixture("valid"), path: "content/demo/valid.md" };
    const { problems } = buildCatalog([...base(), twin], "agent");
    expect(problems.map(formatProblem)).toEqual([
      'content/demo/valid.mdx: id: duplicate id "demo/valid": also defined by content/demo/valid.md',
    ]);
  });

  test("a system folder without an overview is rejected", () => {
    const { problems } = buildCatalog([fixture("valid")], "agent");
    expect(problems.map(formatProblem)).toContain("content/demo/_system.mdx: file: missing: every system folder needs an overview file");
  });

  test("a dead internal link is rejected with its line", () => {
    const broken = fixture("valid");
    broken.source = broken.source.replace("/systems/demo", "/systems/nowhere");
    const { problems } = buildCatalog([fixture("_system"), broken], "agent");
    expect(problems.map(formatProblem)).toEqual(["content/demo/valid.mdx:24: links: dead internal link /systems/nowhere: link to a scenario or system that exists"]);
  });
});

describe("editions", () => {
  const withInternal = () => {
    const f = fixture("valid");
    f.source = f.source.replace("## Remedy", "<Internal>\n\nSENTINEL-INTERNAL-TEXT\n\n</Internal>\n\n## Remedy");
    return [fixture("_system"), f];
  };

  test("the customer edition cuts internal blocks from the source", () => {
    const { catalog } = buildCatalog(withInternal(), "customer");
    expect(JSON.stringify(catalog)).not.toContain("SENTINEL-INTERNAL-TEXT");
  });

  test("the agent edition keeps internal blocks", () => {
    const { catalog } = buildCatalog(withInternal(), "agent");
    expect(catalog.scenarios[0]?.text).toContain("SENTINEL-INTERNAL-TEXT");
  });

  test("an agent-only scenario is absent from the customer edition", () => {
    const f = fixture("valid");
    f.source = f.source.replace("audience: both", "audience: agent");
    expect(buildCatalog([fixture("_system"), f], "customer").catalog.scenarios).toEqual([]);
    expect(buildCatalog([fixture("_system"), f], "agent").catalog.scenarios).toHaveLength(1);
  });
});

describe("authoring rules", () => {
  const withSource = (edit: (s: string) => string) => {
    const f = fixture("valid");
    f.source = edit(f.source);
    return buildCatalog([fixture("_system"), f], "agent").problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
  };

  test("a misspelt product name is an error with its line", () => {
    expect(withSource((s) => s.replace("The gateway was down.", "The Quikchat gateway was down."))).toEqual([
      'error: content/demo/valid.mdx:18: spelling: "Quikchat" looks like a misspelling of "Qikchat"',
    ]);
  });

  test("an ordinary lowercase word one edit from a product name is not a misspelling", () => {
    const names = ["Relay"];
    expect(productNameProblems({ path: "content/x/y.mdx", source: "a delay, then Rellay" }, names).map((p) => p.message)).toEqual([
      '"Rellay" looks like a misspelling of "Relay"',
    ]);
  });

  test("a product name in the wrong case is a warning", () => {
    expect(withSource((s) => s.replace("The gateway was down.", "The Clickhouse pool was down."))).toEqual([
      'warning: content/demo/valid.mdx:18: spelling: "Clickhouse" is written "ClickHouse"',
    ]);
  });

  test("a signature shared by two scenarios of one system is an error", () => {
    const twin = fixture("valid", "twin");
    const { problems } = buildCatalog([...base(), twin], "agent");
    expect(problems.map(formatProblem)).toContain(
      'content/demo/twin.mdx: signatures: "demo gateway unreachable" is also a signature of demo/valid: a paste of it is ambiguous',
    );
  });

  test("an empty remedy step is an error", () => {
    expect(withSource((s) => s.replace("Restart the gateway.", ""))).toEqual([
      'error: content/demo/valid.mdx:23: steps: step "restart-gateway" is empty: say what to do',
    ]);
  });
});

describe("published step ids", () => {
  const files = (edit: (s: string) => string) => {
    const f = fixture("valid");
    f.source = edit(f.source);
    return [fixture("_system"), f];
  };
  const published = { "demo/valid": ["restart-gateway", "resend"] };
  const warnings = (edit: (s: string) => string) =>
    checkCatalog(files(edit), "agent", published).problems.filter((p) => p.field === "steps").map((p) => `${p.severity}: ${formatProblem(p)}`);

  test("a published step id that disappears is a warning that says how to keep its ticks", () => {
    expect(warnings((s) => s.replace('id="resend"', 'id="resend-message"'))).toEqual([
      'warning: content/demo/valid.mdx: steps: step "resend" was published and is gone, so checklists that ticked it lose the tick: if you renamed it, write was="resend" on the new <Step>; if you removed it on purpose, run npm run content:steps',
    ]);
  });

  test("a renamed step with was=\"old-id\" keeps its published id, so there is no warning", () => {
    expect(warnings((s) => s.replace('id="resend"', 'id="resend-message" was="resend"'))).toEqual([]);
  });
});

describe("agent-only scenarios in the customer edition", () => {
  const agentOnly = () => {
    const f = fixture("valid", "secret");
    f.source = f.source.replace("audience: both", "audience: agent").replace("Demo gateway unreachable", "Secret gateway failure");
    return f;
  };

  test("a related entry to one is dropped from the customer catalog and kept in the agent one", () => {
    const f = fixture("valid");
    f.source = f.source.replace("related: []", "related: [demo/secret]");
    expect(buildCatalog([fixture("_system"), f, agentOnly()], "customer").catalog.scenarios.map((s) => [s.id, s.related])).toEqual([["demo/valid", []]]);
    expect(buildCatalog([fixture("_system"), f, agentOnly()], "agent").catalog.scenarios.find((s) => s.id === "demo/valid")?.related).toEqual(["demo/secret"]);
  });

  test("a link to one in a public page's text is an error of the customer edition", () => {
    const f = fixture("valid");
    f.source = f.source.replace("The gateway was down.", "See [the secret case](/scenarios/demo/secret).");
    const { problems } = checkCatalog([fixture("_system"), f, agentOnly()], "customer");
    expect(problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([
      "content/demo/valid.mdx:18: links: /scenarios/demo/secret is an agent-only scenario, which the customer edition does not have: remove the link or put it inside <Internal> (customer edition)",
    ]);
  });
});

describe("was ids", () => {
  const errorsAfter = (edit: (s: string) => string) => {
    const f = fixture("valid");
    f.source = edit(f.source);
    return buildCatalog([fixture("_system"), f], "agent").problems.map(formatProblem);
  };

  test("a was id that is still a step's id is an error", () => {
    expect(errorsAfter((s) => s.replace('<Step id="resend">', '<Step id="resend" was="restart-gateway">'))).toEqual([
      'content/demo/valid.mdx:24: steps: was="restart-gateway" names a step that still exists: list only ids no step has any more',
    ]);
  });

  test("one old id claimed by two steps is an error", () => {
    const edit = (s: string) =>
      s.replace('<Step id="restart-gateway">', '<Step id="restart" was="old-step">').replace('<Step id="resend">', '<Step id="resend" was="old-step">');
    expect(errorsAfter(edit)).toEqual(['content/demo/valid.mdx:24: steps: was="old-step" is also claimed by step "restart": an old id can move to one step only']);
  });
});
