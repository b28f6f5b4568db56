// Every content rule that looks at one file or across files, in one module. checkCatalog (check.ts)
// composes these with the diagram, matcher and wizard rules; build.ts only assembles the catalog.
import type { z } from "zod";
import { defaultAnalyzer } from "@/lib/match/analyzer";
import { editDistance } from "@/lib/match/typo";
import type { ParsedFile } from "./parse";
import { problem, type Problem } from "./problem";
import type { Catalog, Scenario, SourceFile, System } from "./types";

export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "frontmatter";
    const message =
      issue.code === "invalid_type" && issue.input === undefined ? "required field is missing" : issue.message;
    return problem(file, field, message);
  });
}

export function groupProblems(system: System): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const g of system.groups) {
    if (seen.has(g.id)) out.push(problem(system.file, "groups", `duplicate group id "${g.id}"`));
    seen.add(g.id);
  }
  return out;
}

/** The scenario's group: the one field its system's groupBy names, declared in the system. */
export function groupOf(file: string, fm: Partial<Record<"stage" | "status" | "symptom", string>>, owner: System, out: Problem[]): string {
  const key = owner.groupBy;
  const value = fm[key];
  const allowed = owner.groups.map((g) => g.id);
  for (const other of ["stage", "status", "symptom"] as const) {
    if (other !== key && fm[other] !== undefined) {
      out.push(problem(file, other, `${owner.shortName} scenarios are grouped by ${key}, not ${other}`));
    }
  }
  if (value === undefined) out.push(problem(file, key, `required field is missing: one of ${allowed.join(", ")}`));
  else if (!allowed.includes(value)) out.push(problem(file, key, `unknown ${key} "${value}": expected one of ${allowed.join(", ")}`));
  else return value;
  return "";
}

/** Steps need unique, non-empty content (the id itself is checked by mdx-check against components.ts). */
export function stepProblems(file: string, steps: ParsedFile["steps"]): Problem[] {
  const out: Problem[] = [];
  if (steps.length === 0) out.push(problem(file, "steps", "no remedy steps: add <Steps> with at least one <Step id=\"...\">"));
  const ids = new Set<string>();
  for (const step of steps) {
    if (step.id && ids.has(step.id)) out.push(problem(file, "steps", `duplicate step id "${step.id}": give each step its own id`, "error", step.line));
    else if (step.id && step.text === "") out.push(problem(file, "steps", `step "${step.id}" is empty: say what to do`, "error", step.line));
    ids.add(step.id);
  }
  // A tick stored under a `was` id counts for its new step, so it must name no other step.
  const claimed = new Map<string, string>();
  for (const step of steps) {
    for (const old of step.was) {
      const other = claimed.get(old);
      if (ids.has(old)) out.push(problem(file, "steps", `was="${old}" names a step that still exists: list only ids no step has any more`, "error", step.line));
      else if (other) out.push(problem(file, "steps", `was="${old}" is also claimed by step "${other}": an old id can move to one step only`, "error", step.line));
      claimed.set(old, step.id);
    }
  }
  return out;
}

/** Internal links must lead to a page that exists in the edition being built. */
export function linkProblems(file: string, links: ParsedFile["links"], ids: ReadonlySet<string>, systems: ReadonlySet<string>, agentOnly: ReadonlySet<string> = new Set()): Problem[] {
  const out: Problem[] = [];
  for (const link of links) {
    const path = link.url.split(/[?#]/)[0] ?? "";
    const scenario = /^\/scenarios\/([^/]+\/[^/]+)$/.exec(path);
    const system = /^\/systems\/([^/]+)$/.exec(path);
    const known = ["/", "/search", "/diagnose", "/catalog.json"].includes(path);
    const ok = known || (scenario && ids.has(scenario[1] ?? "")) || (system && systems.has(system[1] ?? ""));
    if (ok) continue;
    const message = scenario && agentOnly.has(scenario[1] ?? "")
      ? `${link.url} is an agent-only scenario, which the customer edition does not have: remove the link or put it inside <Internal>`
      : `dead internal link ${link.url}: link to a scenario or system that exists`;
    out.push(problem(file, "links", message, "error", link.line));
  }
  return out;
}

export function relatedProblems(s: Scenario, ids: ReadonlySet<string>): Problem[] {
  return s.related.flatMap((rel) =>
    rel === s.id ? [problem(s.file, "related", `"${rel}" is this scenario itself`)] : ids.has(rel) ? [] : [problem(s.file, "related", `"${rel}" does not exist`)],
  );
}

/**
 * Product names as content spells them: each overview's one-word name, its short name, the words of
 * its vendor, and its `productNames:` (third parties such as Karix or ClickHouse). Aliases are not
 * used: many are ordinary words ("Communications") that would flag their own plurals.
 */
export function productNames(systems: readonly System[]): string[] {
  const names = new Set<string>();
  for (const s of systems) {
    const phrases = [s.shortName, ...(s.name.includes(" ") ? [] : [s.name]), ...s.vendor.split(/[^A-Za-z0-9]+/), ...s.productNames];
    for (const p of phrases) if (/^[A-Za-z][A-Za-z0-9]{2,}$/.test(p)) names.add(p);
  }
  return [...names].sort();
}

/** A word one or two edits from a product name is misspelt (error); mixed-up capitals (Clickhouse) are a warning. */
export function productNameProblems(file: SourceFile, names: readonly string[]): Problem[] {
  const found = new Map<string, Problem>();
  const known = new Set(names);
  file.source.split("\n").forEach((line, i) => {
    for (const m of line.matchAll(/[A-Za-z][A-Za-z0-9]{2,}/g)) {
      const word = m[0];
      if (known.has(word)) continue;
      for (const name of names) {
        const key = `${word}:${name}`;
        if (found.has(key)) continue;
        if (word.toLowerCase() === name.toLowerCase()) {
          // All-lowercase is how ids, URLs and addresses write it (system: wxm, xm.webex.com).
          if (word === word.toLowerCase() || names.includes(word)) continue;
          found.set(key, problem(file.path, "spelling", `"${word}" is written "${name}"`, "warning", i + 1));
        } else if (name.length >= 5 && Math.abs(word.length - name.length) <= 2 && word !== word.toLowerCase()) {
          // Product names are written with capitals; an all-lowercase word near one is an ordinary word
          // ("delay" is not a misspelt "Relay").
          const max = name.length >= 8 ? 2 : 1;
          const d = editDistance(word.toLowerCase(), name.toLowerCase(), max);
          if (d > 0 && d <= max) found.set(key, problem(file.path, "spelling", `"${word}" looks like a misspelling of "${name}"`, "error", i + 1));
        }
      }
    }
  });
  return [...found.values()];
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();

/** The same signature on two scenarios makes a paste ambiguous: an error within a system, a warning across systems. */
export function sharedSignatureProblems(catalog: Pick<Catalog, "scenarios">): Problem[] {
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
      out.push(problem(file.path, "placeholder", `replace the ${PLACEHOLDER} text before publishing: ${line.trim().slice(0, 80)}`, "error", i + 1));
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

/** A glossary word or phrase as the matcher reads it: its words lower-cased and without accents. */
const glossaryKey = (text: string) =>
  defaultAnalyzer
    .tokenize(text)
    .filter((t) => !t.mask)
    .map((t) => t.text)
    .join(" ");

/**
 * Glossaries (a system's `glossary:`) form one map in the matcher, whichever system lists a word, and
 * the first listing wins: a word under two terms is read as the first only (error); twice under one
 * term in a system, it is dead weight (warning). A word the stemmer already reads as its term
 * (conversions for conversion, French "inactive" for inactive) is read twice, which weakens the exact
 * match of a signature holding that word (error).
 */
export function glossaryProblems(systems: ReadonlyArray<Pick<System, "id" | "file" | "glossary">>): Problem[] {
  const out: Problem[] = [];
  const first = new Map<string, { system: string; file: string; term: string }>();
  const stems = (text: string) => glossaryKey(text).split(" ").map(defaultAnalyzer.stem);
  for (const system of systems) {
    for (const { term, also } of system.glossary ?? []) {
      const termKey = glossaryKey(term);
      const termStems = stems(term);
      for (const word of also) {
        const key = glossaryKey(word);
        const wordStems = stems(word);
        if (wordStems.length === 1 ? termStems.includes(wordStems[0] ?? "") : wordStems.join(" ") === termStems.join(" ")) {
          out.push(problem(system.file, "glossary", `"${word}" already reads as "${term}": remove it (listed, it is read twice)`));
        }
        const seen = first.get(key);
        if (!seen) first.set(key, { system: system.id, file: system.file, term: termKey });
        else if (seen.term !== termKey) {
          out.push(problem(system.file, "glossary", `"${word}" is also listed for "${seen.term}" in ${seen.file}: the matcher reads a word one way only (the first), so list it under one term`));
        } else if (seen.system === system.id) {
          out.push(problem(system.file, "glossary", `"${word}" is listed twice for "${term}"`, "warning"));
        }
      }
    }
  }
  return out;
}

