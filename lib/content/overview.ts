import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx);

export interface OverviewParts {
  /** The first paragraph of the overview (MDX), or "" when the overview does not open with one. */
  lead: string;
  /** Everything after it (MDX), without the frontmatter. */
  rest: string;
}

/** Splits a system overview into its opening paragraph and the rest, so a page can lead with the short part. Pure. */
export function splitOverview(source: string): OverviewParts {
  const tree: Root = processor.parse(source);
  const blocks = tree.children.filter((n) => n.type !== "yaml");
  const start = blocks[0]?.position?.start.offset ?? source.length;
  const first = blocks[0];
  if (first?.type !== "paragraph" || first.position?.end.offset === undefined) return { lead: "", rest: source.slice(start).trim() };
  return { lead: source.slice(start, first.position.end.offset).trim(), rest: source.slice(first.position.end.offset).trim() };
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .replace(/[*_`[\]()]/g, " ")
      .split(/[^a-z0-9%]+/)
      .filter((w) => w.length > 3),
  );

/**
 * The system's facts that its overview does not already state: a fact whose words (four letters or more)
 * all but one appear in a single paragraph of the overview is already said there. Pure.
 */
export function factsBeyondOverview(facts: string[], overview: string): string[] {
  const paragraphs = overview.split(/\n\s*\n/).map(words);
  return facts.filter((fact) => {
    const mine = [...words(fact)];
    return !paragraphs.some((p) => mine.filter((w) => !p.has(w)).length <= Math.max(1, Math.floor(mine.length / 10)));
  });
}
