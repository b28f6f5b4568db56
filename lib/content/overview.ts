import type { ElementContent, Root, RootContent } from "hast";

export interface OverviewParts {
  /** The overview's opening paragraph, or an empty tree when it does not open with one. */
  lead: Root;
  /** Everything after it. */
  rest: Root;
}

const isBlank = (n: RootContent) => n.type === "text" && n.value.trim() === "";

/** Splits a system overview's HTML tree into its first paragraph and the rest, so a page can lead with the short part. Pure. */
export function splitOverview(body: Root): OverviewParts {
  const blocks = body.children.filter((n) => !isBlank(n));
  const first = blocks[0];
  if (first?.type === "element" && first.tagName === "p") {
    return { lead: { type: "root", children: [first] }, rest: { type: "root", children: blocks.slice(1) } };
  }
  return { lead: { type: "root", children: [] }, rest: { type: "root", children: blocks } };
}

function textOf(node: RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join(" ");
  return "";
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9%]+/)
      .filter((w) => w.length > 3),
  );

/**
 * The system's facts that its overview does not already state: a fact whose words of four letters or
 * more all appear (but for one in ten) in a single block of the overview is already said there. Pure.
 */
export function factsBeyondOverview(facts: string[], body: Root): string[] {
  const blocks = body.children.filter((n) => !isBlank(n)).map((n) => words(textOf(n)));
  return facts.filter((fact) => {
    const mine = [...words(fact)];
    return !blocks.some((b) => mine.filter((w) => !b.has(w)).length <= Math.max(1, Math.floor(mine.length / 10)));
  });
}
