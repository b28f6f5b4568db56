import { describe, expect, test } from "vitest";
import { buildCatalog } from "@/lib/content/build";
import { formatProblem } from "@/lib/content/problem";
import type { SourceFile } from "@/lib/content/types";

const scenario: SourceFile = {
  path: "content/demo/gateway-down.mdx",
  source: `---
title: Gateway down
system: demo
stage: sending
summary: The gateway is down.
audience: both
reviewed: 2026-11-27
owner: docs-team
signatures: ["gateway down"]
symptoms: ["nothing is sent"]
---

<Steps>
<Step id="restart">Restart the gateway.</Step>
</Steps>
`,
};

/** A demo system whose overview carries the given diagram block (YAML, indented under `diagram:`). */
function systemWith(diagram: string): SourceFile {
  return {
    path: "content/demo/_system.mdx",
    source: `---
name: Demo Messaging
shortName: DEMO
vendor: Demo Inc
product: demo messages
groupBy: stage
question: Where does it fail?
groups:
  - id: sending
    label: Sending fails
    hint: The message never leaves.
  - id: delivering
    label: Delivery fails
    hint: The message never arrives.
reviewInterval: 180
diagram:
  title: Demo flow
  description: A message is sent, then delivered.
${diagram}
---

The demo system.
`,
  };
}

function problemsFor(diagram: string, severity: "error" | "warning" = "error"): string[] {
  const { problems } = buildCatalog([systemWith(diagram), scenario], "agent");
  return problems.filter((p) => p.severity === severity).map(formatProblem);
}

const goodNodes = `  nodes:
    - { id: send, label: Send, groups: [sending], scenarios: [gateway-down] }
    - { id: deliver, label: Deliver, groups: [delivering] }`;

describe("diagram validation", () => {
  test("a diagram whose nodes carry declared groups and join known nodes is accepted", () => {
    expect(problemsFor(`${goodNodes}\n  edges:\n    - { from: send, to: deliver }`)).toEqual([]);
    expect(problemsFor(`${goodNodes}\n  edges:\n    - { from: send, to: deliver }`, "warning")).toEqual([]);
  });

  test("a node group that the system does not declare names the node and the group", () => {
    const nodes = `  nodes:
    - { id: send, label: Send, groups: [sending] }
    - { id: deliver, label: Deliver, groups: [delivering, bouncing] }`;
    expect(problemsFor(nodes)).toEqual([
      'content/demo/_system.mdx: diagram.nodes.1.groups: unknown group "bouncing": expected one of sending, delivering',
    ]);
  });

  test("an edge to a node that does not exist names the edge end", () => {
    expect(problemsFor(`${goodNodes}\n  edges:\n    - { from: send, to: vendor }`)).toEqual([
      'content/demo/_system.mdx: diagram.edges.0.to: unknown node "vendor"',
    ]);
  });

  test("a node scenario that does not exist in the system is rejected", () => {
    const nodes = `  nodes:
    - { id: send, label: Send, groups: [sending], scenarios: [gateway-gone] }
    - { id: deliver, label: Deliver, groups: [delivering] }`;
    expect(problemsFor(nodes)).toEqual([
      'content/demo/_system.mdx: diagram.nodes.0.scenarios: unknown scenario "demo/gateway-gone"',
    ]);
  });

  test("two nodes with one id are rejected", () => {
    const nodes = `  nodes:
    - { id: send, label: Send, groups: [sending] }
    - { id: send, label: Deliver, groups: [delivering] }`;
    expect(problemsFor(nodes)).toEqual(['content/demo/_system.mdx: diagram.nodes.1.id: duplicate node id "send"']);
  });

  test("edges that loop back are rejected, with the loop spelled out", () => {
    const edges = `  edges:\n    - { from: send, to: deliver }\n    - { from: deliver, to: send }`;
    expect(problemsFor(`${goodNodes}\n${edges}`)).toEqual([
      "content/demo/_system.mdx: diagram.edges.1: closes a cycle (send → deliver → send): a diagram flows one way",
    ]);
  });

  test("a group on no node is a warning, because its scenarios cannot show where they fail", () => {
    const nodes = `  nodes:
    - { id: send, label: Send, groups: [sending] }
    - { id: deliver, label: Deliver }`;
    expect(problemsFor(nodes)).toEqual([]);
    expect(problemsFor(nodes, "warning")).toEqual([
      'content/demo/_system.mdx: diagram.nodes: group "delivering" is on no node, so its scenarios cannot show where they fail',
    ]);
  });
});
