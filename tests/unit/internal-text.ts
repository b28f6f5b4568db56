import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const words = (s: string) => s.replace(/\s+/g, " ");

/**
 * Every sentence of every <Internal> block under content/, read with a plain regular expression (not
 * with the parser under test), cut into runs of plain words so that they survive Markdown, HTML and
 * JSON escaping: what a leak scan of a customer build must never find. A run that the public text
 * also says ("2, 6, 18 and 54 seconds") is not a leak, so it is left out.
 */
export function internalFragments(root = process.cwd()): Array<{ file: string; fragment: string }> {
  const dir = join(root, "content");
  const sources = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".mdx"))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file: file.slice(root.length + 1), source: readFileSync(file, "utf8") };
    });
  const BLOCK = /<Internal>([\s\S]*?)<\/Internal>/g;
  const publicText = words(sources.map((s) => s.source.replace(BLOCK, " ")).join("\n"));
  const out: Array<{ file: string; fragment: string }> = [];
  for (const { file, source } of sources) {
    for (const block of source.matchAll(BLOCK)) {
      for (const sentence of (block[1] ?? "").split(/(?<=[.!?])\s+|\n+/)) {
        for (const run of sentence.split(/[^A-Za-z0-9 ,.;:-]+/)) {
          // List markers and Markdown punctuation are not in the HTML; the words are.
          const fragment = words(run).replace(/^[\s,.;:-]*(?:[-*+]\s+|\d+\.\s+)?/, "").replace(/[\s,.;:-]+$/, "");
          if (fragment.length >= 16 && !publicText.includes(fragment)) out.push({ file, fragment });
        }
      }
    }
  }
  return out;
}
