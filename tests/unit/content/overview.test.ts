import { toString } from "mdast-util-to-string";
import { describe, expect, test } from "vitest";
import { hasErrors } from "@/lib/content/check";
import { checkContent } from "@/lib/content/load";
import { publishedTree, parseTree } from "@/lib/content/mdx-tree";
import { factsBeyondOverview, splitOverview } from "@/lib/content/overview";

const squash = (t: string) => t.replace(/\s+/g, " ").trim();
const tree = (mdx: string) => publishedTree(parseTree(mdx));

describe("system overview: lead paragraph and the rest (on the Markdown tree)", () => {
  for (const edition of ["customer", "agent"] as const) {
    test(`every real ${edition} overview splits into its first paragraph and the rest, nothing lost or reordered`, () => {
      const { catalog, problems } = checkContent(process.cwd(), edition);
      expect(hasErrors(problems)).toBe(false);
      expect(catalog.systems.length).toBeGreaterThan(0);
      for (const system of catalog.systems) {
        const { lead, rest } = splitOverview(system.body);
        expect([...lead.children, ...rest.children], system.file).toEqual(system.body.children);
        const first = system.body.children[0];
        if (first?.type === "paragraph") {
          expect(lead.children, system.file).toEqual([first]);
          expect(squash(system.text).startsWith(squash(toString(lead))), system.file).toBe(true);
        } else expect(lead.children, system.file).toEqual([]);
      }
    });
  }

  test("an overview that opens with anything but a paragraph has no lead", () => {
    const body = tree("## Heading first\n\nThen a paragraph.\n");
    const { lead, rest } = splitOverview(body);
    expect(lead.children).toEqual([]);
    expect(rest.children.map((n) => n.type)).toEqual(["heading", "paragraph"]);
  });

  test("the lead is the first paragraph only; lists, callouts and later paragraphs stay in the rest", () => {
    const body = tree("Opening words here.\n\nSecond paragraph.\n\n- a list item\n\n<Note>A callout.</Note>\n");
    const { lead, rest } = splitOverview(body);
    expect(toString(lead)).toBe("Opening words here.");
    expect(rest.children.map((n) => n.type)).toEqual(["paragraph", "list", "mdxJsxFlowElement"]);
    expect(toString(rest)).not.toContain("Opening words");
  });
});

describe("facts the overview does not already state", () => {
  const body = tree(
    "Messages expire after seventy-two hours when the handset stays unreachable.\n\n- Delivery receipts arrive within fifteen minutes for most carriers\n",
  );

  test("a fact restating one block (paragraph or list) is dropped; one with new words is kept", () => {
    const restated = "Messages expire after seventy-two hours when the handset stays unreachable";
    const fromList = "Delivery receipts arrive within fifteen minutes";
    const novel = "Sender identifiers must be registered before the first campaign";
    expect(factsBeyondOverview([restated, fromList, novel], body)).toEqual([novel]);
  });

  test("words spread over two blocks do not count as stated", () => {
    expect(factsBeyondOverview(["Messages expire when delivery receipts arrive"], body)).toHaveLength(1);
  });

  test("with an empty overview every fact is kept", () => {
    expect(factsBeyondOverview(["Anything at all here"], { type: "root", children: [] })).toEqual(["Anything at all here"]);
  });
});
