import { selfMatchProblems } from "@/lib/match/self-match";
import { unreachableScenarios } from "@/lib/wizard/reachability";
import { buildCatalog, type BuildOptions } from "./build";
import { createFileCache } from "./file-cache";
import { buildIncidents } from "./incidents";
import { formatProblem, problem, type Problem } from "./problem";
import { overdueReviewProblems } from "./rules";
import type { Catalog, Edition, SourceFile } from "./types";

/** Step ids as last published (content/.published-steps.json): scenario id → its step ids. */
export type PublishedSteps = Record<string, string[]>;

export interface CheckResult {
  /** The requested edition's catalog. */
  catalog: Catalog;
  /** Every problem of every rule, in both editions: exactly what content:check prints. */
  problems: Problem[];
}

/** Published step ids that no step has any more, and that no step names in was="...". */
export function removedStepProblems(catalog: Catalog, published: PublishedSteps): Problem[] {
  const out: Problem[] = [];
  for (const s of catalog.scenarios) {
    const before = published[s.id];
    if (!before) continue;
    const now = new Set(s.steps.flatMap((step) => [step.id, ...step.was]));
    for (const id of before) {
      if (now.has(id)) continue;
      const message = `step "${id}" was published and is gone, so checklists that ticked it lose the tick: if you renamed it, write was="${id}" on the new <Step>; if you removed it on purpose, run npm run content:steps`;
      out.push(problem(s.file, "steps", message, "warning"));
    }
  }
  return out;
}

/** What checkCatalog computes before the rules that read the whole catalog. */
export interface StagedCheck extends CheckResult {
  /**
   * The wizard's reachability and the matcher's self-match rule, on the agent catalog (none when the
   * files have errors). They read the whole catalog, so no per-file cache helps them: the dev
   * preview runs them after it has shown an edit; checkCatalog runs them at once.
   */
  catalogRules: () => Problem[];
}

export interface CheckOptions extends BuildOptions {
  published?: PublishedSteps;
  /** Review dates depend on the day: the caller passes it (content:check does), so the check stays pure. */
  today?: Date;
}

/** checkCatalog without the catalog-wide rules, which it returns to run later. */
export function stageCheck(files: SourceFile[], edition: Edition, options: CheckOptions = {}): StagedCheck {
  const build = { cache: options.cache ?? createFileCache(), ...(options.parse ? { parse: options.parse } : {}) };
  const agent = buildCatalog(files, "agent", build);
  const problems = [...agent.problems];
  const clean = !hasErrors(problems);
  const customer = buildCatalog(files, "customer", build);
  const seen = new Set(problems.map(formatProblem));
  for (const p of customer.problems) {
    if (p.severity === "error" && !seen.has(formatProblem(p))) problems.push({ ...p, message: `${p.message} (customer edition)` });
  }
  if (options.published) problems.push(...removedStepProblems(agent.catalog, options.published));
  if (options.today) problems.push(...overdueReviewProblems(agent.catalog, options.today));
  // Known incidents name systems and scenarios of the catalog; they hold no internal text.
  const incidents = buildIncidents(files, agent.catalog);
  problems.push(...incidents.problems);
  const catalogRules = () => (clean ? [...unreachableScenarios(agent.catalog), ...selfMatchProblems(agent.catalog)] : []);
  return { catalog: { ...(edition === "agent" ? agent.catalog : customer.catalog), incidents: incidents.incidents }, problems, catalogRules };
}

/**
 * THE content check: content:check, `next build`, the dev preview's problem box and the tests all
 * call this (the preview through stageCheck, the same rules in two steps), so they agree on what is
 * wrong. Builds both editions (what the customer edition cuts must leave valid content), then runs
 * the wizard and matcher rules on a catalog that loaded cleanly.
 */
export function checkCatalog(files: SourceFile[], edition: Edition, published?: PublishedSteps, today?: Date, options: BuildOptions = {}): CheckResult {
  const staged = stageCheck(files, edition, { ...options, ...(published ? { published } : {}), ...(today ? { today } : {}) });
  return { catalog: staged.catalog, problems: [...staged.problems, ...staged.catalogRules()] };
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === "error");
