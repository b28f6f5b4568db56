import { aliasKey } from "./alias-key";
import type { MatchIndex } from "./index-types";
import type { Token } from "./text";

/**
 * The systems a paste names by a name, product or provider alias the content declares, or by a
 * glossary word standing for one (comms for communication log).
 */
export function mentionedSystems(index: MatchIndex, text: string, tokens: readonly Token[] = index.analyzer.tokenize(text)): Set<string> {
  const hay = ` ${aliasKey(text)} `;
  const found = new Set<string>();
  for (const t of tokens) {
    const system = t.mask ? undefined : index.glossaryNames.get(t.text);
    if (system) found.add(system);
  }
  const boundary = (c: string | undefined) => !c || !/[\p{L}\p{N}]/u.test(c);
  for (const [system, aliases] of index.systemAliases) {
    for (const alias of aliases) {
      let at = hay.indexOf(alias);
      while (at >= 0) {
        if (boundary(hay[at - 1]) && boundary(hay[at + alias.length])) {
          found.add(system);
          break;
        }
        at = hay.indexOf(alias, at + 1);
      }
      if (found.has(system)) break;
    }
  }
  return found;
}
