import { describe, expect, test } from "vitest";
import { parseMdxFile } from "@/lib/content/parse";
import { composeReply } from "@/lib/reply";

const source = `---
title: T
---

## Remedy

<Steps>
  <Step id="split">Split the file in two<Internal> (ask Dana to raise the limit instead)</Internal>.</Step>
  <Step id="why" kind="info">Bigger files are refused.</Step>
</Steps>

<Reply>

Please split the file in two and send both halves.<Internal> Dana can raise the limit for key accounts.</Internal>

- First half
- Second half

</Reply>
`;

describe("a <Reply> block and internal text in steps", () => {
  for (const edition of ["agent", "customer"] as const) {
    test(`never put <Internal> text into the copied reply (${edition} edition)`, () => {
      const parsed = parseMdxFile("content/x/y.mdx", source, edition);
      expect(parsed.problems).toEqual([]);
      expect(parsed.reply).toBe("Please split the file in two and send both halves.\n\n- First half\n- Second half");
      const steps = parsed.steps;
      const reply = composeReply({ title: "T", summary: "S", url: "/scenarios/x/y", steps, reply: parsed.reply }, { origin: "https://f.example" });
      expect(reply).not.toContain("Dana");
      expect(reply).toContain("Please split the file in two and send both halves.");
      const composed = composeReply({ title: "T", summary: "S", url: "/scenarios/x/y", steps }, { origin: "https://f.example" });
      expect(composed).not.toContain("Dana");
      expect(composed).toContain("1. Split the file in two.");
      expect(composed).not.toContain("Bigger files are refused.");
    });
  }

  test("the agent's checklist still shows the internal hint in the step", () => {
    const [split] = parseMdxFile("content/x/y.mdx", source, "agent").steps;
    expect(split?.text).toContain("ask Dana");
    expect(split?.customerText).toBe("Split the file in two.");
  });

  test("a kind other than action, check or info is rejected with the line", () => {
    const bad = source.replace('kind="info"', 'kind="maybe"');
    const problems = parseMdxFile("content/x/y.mdx", bad, "agent").problems;
    expect(problems.map((p) => `${p.line}: ${p.message}`).join("\n")).toMatch(/^9: "maybe" is not allowed here: write kind="check"/m);
  });
});
