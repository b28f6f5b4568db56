import { problem, type Problem } from "@/lib/content/problem";
import type { Catalog } from "@/lib/content/types";
import { indexForCatalog } from "./catalog-index";
import { diagnose } from "./paste";

/**
 * A scenario's own signatures must rank it first in the matcher (ties with another system's
 * identical status word are allowed: sharedSignatureProblems already warns about those).
 */
export function selfMatchProblems(catalog: Catalog): Problem[] {
  const index = indexForCatalog(catalog);
  const out: Problem[] = [];
  for (const s of catalog.scenarios) {
    for (const sig of s.signatures) {
      const matches = diagnose(index, sig, { limit: 10 });
      const top = matches[0];
      const mine = matches.find((m) => m.slug === s.id);
      if (top && mine && mine.score >= top.score) continue;
      const got = top ? `${top.slug} ranks first` : "nothing matches";
      out.push(problem(s.file, "signatures", `"${sig}" does not find this scenario first (${got}): make it more specific`));
    }
  }
  return out;
}
