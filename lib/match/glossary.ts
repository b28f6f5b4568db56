import { aliasKey } from "./alias-key";
import type { Analyzer } from "./analyzer";
import type { MatchDoc } from "./docs";
import type { MatchIndex } from "./index-types";
import type { Vocabulary } from "./vocabulary";

/** Glossaries of all systems in one map: a word users write means the same whichever system it names. */
export function readGlossaries(
  docs: readonly MatchDoc[],
  vocab: Vocabulary,
  tokenize: Analyzer["tokenize"],
  systemAliases: ReadonlyMap<string, string[]>,
): Pick<MatchIndex, "glossary" | "glossaryPhrases" | "glossaryNames"> {
  const glossary = new Map<string, number[]>();
  const glossaryPhrases: MatchIndex["glossaryPhrases"] = new Map();
  const glossaryNames = new Map<string, string>();
  const glossaryRead = new Set<string>();
  for (const doc of docs) {
    // A system's glossary is on each of its scenarios: read it once.
    if (glossaryRead.has(doc.system)) continue;
    glossaryRead.add(doc.system);
    for (const entry of doc.glossary) {
      const term = vocab.analyse(entry.term).ids;
      if (term.length === 0) continue;
      if (systemAliases.get(doc.system)?.includes(aliasKey(entry.term))) {
        for (const also of entry.also) if (!/\s/.test(also.trim())) glossaryNames.set(aliasKey(also), doc.system);
      }
      for (const also of entry.also) {
        const words = tokenize(also).filter((t) => !t.mask).map((t) => t.text);
        const [first, ...rest] = words;
        if (first === undefined) continue;
        if (rest.length === 0) {
          if (!glossary.has(first)) glossary.set(first, term);
        } else glossaryPhrases.set(first, [...(glossaryPhrases.get(first) ?? []), { rest, term }]);
      }
    }
  }
  return { glossary, glossaryPhrases, glossaryNames };
}
