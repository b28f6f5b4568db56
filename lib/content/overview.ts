import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

export interface OverviewParts {
  /** The overview's opening paragraph, or an empty tree when it does not open with one. */
  lead: Root;
  /** Everything after it. */
  rest: Root;
}

/** Splits a system overview's Markdown tree (validated, edition-filtered) into its first paragraph and the rest, so a page can lead with the short part; each part is compiled on its own. Pure. */
export function splitOverview(body: Root): OverviewParts {
  const [first, ...others] = body.children;
  if (first?.type === "paragraph") {
    return { lead: { type: "root", children: [first] }, rest: { type: "root", children: others } };
  }
  return { lead: { type: "root", children: [] }, rest: { type: "root", children: [...body.children] } };
}

const textOf = (node: RootContent) => toString(node);

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
  const blocks = body.children.map((n) => words(textOf(n)));
  return facts.filter((fact) => {
    const mine = [...words(fact)];
    return !blocks.some((b) => mine.filter((w) => !b.has(w)).length <= Math.max(1, Math.floor(mine.length / 10)));
  });
}
