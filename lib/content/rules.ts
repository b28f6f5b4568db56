import { problem, type Problem } from "./problem";
import type { Catalog, SourceFile } from "./types";

/** Product names as their vendors spell them; a near miss in content is a typo users will paste back at us. */
export const PRODUCT_NAMES = ["WXM", "Autologyx", "Qikchat", "FirstConnectt", "ClickHouse", "Karix", "Mambu", "Genesys"] as const;

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** A word one or two edits from a product name is misspelt (error); mixed-up capitals (Clickhouse) are a warning. */
export function productNameProblems(file: SourceFile): Problem[] {
  const found = new Map<string, Problem>();
  const lines = file.source.split("\n");
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/[A-Za-z][A-Za-z0-9]{2,}/g)) {
      const word = m[0];
      for (const name of PRODUCT_NAMES) {
        if (word === name) continue;
        const key = `${word}:${name}`;
        if (found.has(key)) continue;
        if (word.toLowerCase() === name.toLowerCase()) {
          // All-lowercase is how ids, URLs and addresses write it (system: wxm, xm.webex.com).
          if (word === word.toLowerCase()) continue;
          found.set(key, problem(file.path, "spelling", `line ${i + 1}: "${word}" is written "${name}"`, "warning"));
        } else if (name.length >= 5 && Math.abs(word.length - name.length) <= 2) {
          const d = distance(word.toLowerCase(), name.toLowerCase());
          if (d > 0 && d <= (name.length >= 8 ? 2 : 1)) {
            found.set(key, problem(file.path, "spelling", `line ${i + 1}: "${word}" looks like a misspelling of "${name}"`));
          }
        }
      }
    }
  });
  return [...found.values()];
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();

/** The same signature on two scenarios makes a paste ambiguous: an error within a system, a warning across systems. */
export function sharedSignatureProblems(catalog: Catalog): Problem[] {
  const owners = new Map<string, Array<{ id: string; system: string; file: string }>>();
  for (const s of catalog.scenarios) {
    for (const sig of new Set(s.signatures.map(norm))) {
      owners.set(sig, [...(owners.get(sig) ?? []), { id: s.id, system: s.system, file: s.file }]);
    }
  }
  const out: Problem[] = [];
  for (const [sig, list] of owners) {
    for (const [i, owner] of list.entries()) {
      const others = list.filter((_, j) => j !== i);
      if (others.length === 0) continue;
      const sameSystem = others.some((o) => o.system === owner.system);
      out.push(
        problem(
          owner.file,
          "signatures",
          `"${sig}" is also a signature of ${others.map((o) => o.id).join(", ")}: a paste of it is ambiguous`,
          sameSystem ? "error" : "warning",
        ),
      );
    }
  }
  return out;
}

/** What `npm run content:new` writes where an author must fill something in; never publishable. */
export const PLACEHOLDER = "TODO(content:new)";

/** Every line still holding the scaffold's placeholder is an error, so a half-written scenario never builds. */
export function placeholderProblems(file: SourceFile): Problem[] {
  const out: Problem[] = [];
  file.source.split("\n").forEach((line, i) => {
    if (line.includes(PLACEHOLDER)) {
      out.push(problem(file.path, "placeholder", `line ${i + 1}: replace the ${PLACEHOLDER} text before publishing: ${line.trim().slice(0, 80)}`));
    }
  });
  return out;
}

const DAY_MS = 86_400_000;

/** A scenario not reviewed within its system's reviewInterval (days) is a warning that names the date and the owner. */
export function overdueReviewProblems(catalog: Catalog, today: Date): Problem[] {
  const out: Problem[] = [];
  for (const s of catalog.scenarios) {
    const interval = catalog.systems.find((x) => x.id === s.system)?.reviewInterval;
    if (interval === undefined) continue;
    const days = Math.floor((today.getTime() - Date.parse(`${s.reviewed}T00:00:00Z`)) / DAY_MS);
    if (days > interval) {
      out.push(problem(s.file, "reviewed", `overdue for review: last reviewed ${s.reviewed}, ${days} days ago (the interval is ${interval} days); owner ${s.owner}`, "warning"));
    } else if (days < 0) {
      out.push(problem(s.file, "reviewed", `${s.reviewed} is in the future: write the date the scenario was last checked`, "warning"));
    }
  }
  return out;
}
