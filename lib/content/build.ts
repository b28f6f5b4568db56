import type { z } from "zod";
import { parseMdxFile, stripRanges, type ParsedFile } from "./parse";
import { checkDiagram } from "./diagram-check";
import { problem, type Problem } from "./problem";
import { placeholderProblems, productNameProblems, sharedSignatureProblems } from "./rules";
import { kebabId, scenarioFrontmatter, systemFrontmatter } from "./schema";
import type { Catalog, Edition, Scenario, SourceFile, System } from "./types";

const SYSTEM_FILE = "_system";
const FILE_RE = /^content\/([^/]+)\/([^/]+)\.mdx?$/;

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "frontmatter";
    const message =
      issue.code === "invalid_type" && issue.input === undefined ? "required field is missing" : issue.message;
    return problem(file, field, message);
  });
}

function includeFor(edition: Edition, parsed: ParsedFile, source: string): string {
  return edition === "customer" ? stripRanges(source, parsed.internalRanges) : source;
}

function buildSystem(id: string, file: SourceFile, edition: Edition, problems: Problem[]): System | undefined {
  const parsed = parseMdxFile(file.path, file.source);
  problems.push(...parsed.problems);
  if (parsed.data === undefined) return undefined;
  const result = systemFrontmatter.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...zodProblems(file.path, result.error));
    return undefined;
  }
  const seen = new Set<string>();
  for (const g of result.data.groups) {
    if (seen.has(g.id)) problems.push(problem(file.path, "groups", `duplicate group id "${g.id}"`));
    seen.add(g.id);
  }
  return { id, file: file.path, ...result.data, source: includeFor(edition, parsed, file.source) };
}

interface Draft {
  scenario: Scenario;
  links: ParsedFile["links"];
}

function buildScenario(
  system: string,
  slug: string,
  file: SourceFile,
  systems: Map<string, System>,
  edition: Edition,
  problems: Problem[],
): Draft | undefined {
  const path = file.path;
  const parsed = parseMdxFile(path, file.source);
  problems.push(...parsed.problems);
  const slugCheck = kebabId.safeParse(slug);
  if (!slugCheck.success) problems.push(problem(path, "file name", `"${slug}": ${slugCheck.error.issues[0]?.message}`));
  if (parsed.data === undefined) return undefined;
  const result = scenarioFrontmatter.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...zodProblems(path, result.error));
    return undefined;
  }
  const fm = result.data;
  const owner = systems.get(system);
  if (fm.system !== system) {
    problems.push(problem(path, "system", `"${fm.system}" does not match the folder "${system}"`));
  }
  let group = "";
  if (owner) {
    const key = owner.groupBy;
    const value = fm[key];
    const allowed = owner.groups.map((g) => g.id);
    for (const other of ["stage", "status", "symptom"] as const) {
      if (other !== key && fm[other] !== undefined) {
        problems.push(problem(path, other, `${owner.shortName} scenarios are grouped by ${key}, not ${other}`));
      }
    }
    if (value === undefined) {
      problems.push(problem(path, key, `required field is missing: one of ${allowed.join(", ")}`));
    } else if (!allowed.includes(value)) {
      problems.push(problem(path, key, `unknown ${key} "${value}": expected one of ${allowed.join(", ")}`));
    } else {
      group = value;
    }
  }

  const visibleSteps = parsed.steps.filter((s) => edition === "agent" || !s.internal);
  if (parsed.steps.length === 0) {
    problems.push(problem(path, "steps", "no remedy steps: add <Steps> with at least one <Step id=\"...\">"));
  }
  const stepIds = new Set<string>();
  for (const step of parsed.steps) {
    const where = `line ${step.line}: `;
    if (!step.id) problems.push(problem(path, "steps", `${where}a <Step> needs an id, e.g. <Step id="log-in-to-acm">`));
    else if (!kebabId.safeParse(step.id).success)
      problems.push(problem(path, "steps", `${where}step id "${step.id}" must be kebab-case, e.g. log-in-to-acm`));
    else if (stepIds.has(step.id)) problems.push(problem(path, "steps", `${where}duplicate step id "${step.id}"`));
    if (!step.text) problems.push(problem(path, "steps", `${where}step "${step.id}" is empty: say what to do`));
    stepIds.add(step.id);
  }

  const id = `${system}/${slug}`;
  return {
    links: parsed.links,
    scenario: {
      id,
      slug,
      system,
      url: `/scenarios/${id}`,
      file: path,
      title: fm.title,
      group,
      order: fm.order,
      summary: fm.summary,
      audience: fm.audience,
      reviewed: fm.reviewed,
      owner: fm.owner,
      signatures: fm.signatures,
      symptoms: fm.symptoms,
      related: fm.related,
      keyFacts: fm.keyFacts,
      escalation: fm.escalation ?? owner?.escalation,
      steps: visibleSteps.map(({ id: stepId, text, internal }) => ({ id: stepId, text, internal })),
      source: includeFor(edition, parsed, file.source),
    },
  };
}

function checkLinks(draft: Draft, ids: Set<string>, systems: Map<string, System>, problems: Problem[]): void {
  for (const link of draft.links) {
    const path = link.url.split(/[?#]/)[0] ?? "";
    const scenario = /^\/scenarios\/([^/]+\/[^/]+)$/.exec(path);
    const system = /^\/systems\/([^/]+)$/.exec(path);
    const known = ["/", "/search", "/diagnose", "/catalog.json"].includes(path);
    const ok = known || (scenario && ids.has(scenario[1] ?? "")) || (system && systems.has(system[1] ?? ""));
    if (!ok) problems.push(problem(draft.scenario.file, "links", `line ${link.line}: dead internal link ${link.url}`));
  }
}

export interface BuildResult {
  catalog: Catalog;
  problems: Problem[];
}

/** Builds the catalog from already-read files. Pure, so tests can pass fixtures in. */
export function buildCatalog(files: SourceFile[], edition: Edition): BuildResult {
  const problems: Problem[] = [];
  const systems = new Map<string, System>();
  const byFolder = new Map<string, SourceFile[]>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const m = FILE_RE.exec(file.path);
    if (!m) continue;
    const folder = m[1] ?? "";
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }

  for (const [folder, group] of byFolder) {
    const overview = group.find((f) => FILE_RE.exec(f.path)?.[2] === SYSTEM_FILE);
    if (!overview) {
      problems.push(problem(`content/${folder}/${SYSTEM_FILE}.mdx`, "file", `missing: every system folder needs an overview file`));
      continue;
    }
    const system = buildSystem(folder, overview, edition, problems);
    if (system) systems.set(folder, system);
  }

  const drafts: Draft[] = [];
  const seenIds = new Map<string, string>();
  for (const [folder, group] of byFolder) {
    for (const file of group) {
      const slug = FILE_RE.exec(file.path)?.[2] ?? "";
      if (slug.startsWith("_")) continue;
      const id = `${folder}/${slug}`;
      const first = seenIds.get(id);
      if (first) {
        problems.push(problem(file.path, "id", `duplicate id "${id}": also defined by ${first}`));
        continue;
      }
      seenIds.set(id, file.path);
      const draft = buildScenario(folder, slug, file, systems, edition, problems);
      if (draft) drafts.push(draft);
    }
  }

  const ids = new Set(seenIds.keys());
  for (const system of systems.values()) {
    const slugs = new Set([...ids].filter((id) => id.startsWith(`${system.id}/`)).map((id) => id.slice(system.id.length + 1)));
    problems.push(...checkDiagram(system, slugs));
  }
  for (const draft of drafts) {
    const s = draft.scenario;
    for (const rel of s.related) {
      if (rel === s.id) problems.push(problem(s.file, "related", `"${rel}" is this scenario itself`));
      else if (!ids.has(rel)) problems.push(problem(s.file, "related", `"${rel}" does not exist`));
    }
    checkLinks(draft, ids, systems, problems);
  }

  for (const file of files) if (FILE_RE.test(file.path)) problems.push(...productNameProblems(file), ...placeholderProblems(file));
  problems.push(...sharedSignatureProblems({ edition, systems: [...systems.values()], scenarios: drafts.map((d) => d.scenario) }));

  const visible = drafts
    .map((d) => d.scenario)
    .filter((s) => edition === "agent" || s.audience !== "agent")
    .map((s) => ({ ...s, related: s.related.filter((r) => edition === "agent" || drafts.some((d) => d.scenario.id === r && d.scenario.audience !== "agent")) }));

  const groupIndex = (s: Scenario) => systems.get(s.system)?.groups.findIndex((g) => g.id === s.group) ?? 0;
  visible.sort(
    (a, b) =>
      a.system.localeCompare(b.system) || groupIndex(a) - groupIndex(b) || a.order - b.order || a.slug.localeCompare(b.slug),
  );
  return { catalog: { edition, systems: [...systems.values()], scenarios: visible }, problems };
}
