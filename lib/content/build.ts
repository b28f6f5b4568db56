import type { z } from "zod";
import { checkDiagram } from "./diagram-check";
import { createFileCache, type FileCache } from "./file-cache";
import { INCIDENTS_DIR } from "./incidents";
import { parseMdxFile, type ParsedFile } from "./parse";
import { problem, type Problem } from "./problem";
import {
  glossaryProblems,
  groupOf,
  groupProblems,
  linkProblems,
  placeholderProblems,
  productNameProblems,
  productNames,
  relatedProblems,
  sharedSignatureProblems,
  stepProblems,
  zodProblems,
} from "./rules";
import { kebabId, scenarioFrontmatter, systemFrontmatter } from "./schema";
import type { Catalog, Edition, Scenario, SourceFile, System } from "./types";

const SYSTEM_FILE = "_system";
const FILE_RE = /^content\/([^/]+)\/([^/]+)\.mdx?$/;

/** How buildCatalog reads one file: parse (parse.ts) and validate its frontmatter; cached per text. */
export interface BuildOptions {
  /** Per-file results kept across builds (the dev preview); a fresh one per call otherwise. */
  cache?: FileCache;
  /** The MDX parser; tests inject a counting one. */
  parse?: typeof parseMdxFile;
}

/** One file's own result for one edition: depends on its text only, so the cache can keep it. */
interface FileResult<T> {
  parsed: ParsedFile;
  /** The validated frontmatter, or undefined with its problems in `problems`. */
  data?: T;
  problems: Problem[];
}

function fileResult<T>(file: SourceFile, edition: Edition, options: Required<BuildOptions>, kind: "system" | "scenario", schema: z.ZodType<T>): FileResult<T> {
  return options.cache.get(`${edition}:${kind}`, file, () => {
    const parsed = options.parse(file.path, file.source, edition);
    if (parsed.data === undefined) return { parsed, problems: [] };
    const result = schema.safeParse(parsed.data);
    return result.success ? { parsed, data: result.data, problems: [] } : { parsed, problems: zodProblems(file.path, result.error) };
  });
}

function buildSystem(id: string, file: SourceFile, edition: Edition, options: Required<BuildOptions>, problems: Problem[]): System | undefined {
  const { parsed, data, problems: own } = fileResult(file, edition, options, "system", systemFrontmatter);
  problems.push(...parsed.problems, ...own);
  if (data === undefined) return undefined;
  const system: System = { id, file: file.path, ...data, body: parsed.body, text: parsed.text };
  problems.push(...groupProblems(system));
  return system;
}

interface Draft {
  scenario: Scenario;
  links: ReturnType<typeof parseMdxFile>["links"];
}

function buildScenario(system: string, slug: string, file: SourceFile, owner: System | undefined, edition: Edition, options: Required<BuildOptions>, problems: Problem[]): Draft | undefined {
  const path = file.path;
  const { parsed, data: fm, problems: own } = fileResult(file, edition, options, "scenario", scenarioFrontmatter);
  problems.push(...parsed.problems);
  const slugCheck = kebabId.safeParse(slug);
  if (!slugCheck.success) problems.push(problem(path, "file name", `"${slug}": ${slugCheck.error.issues[0]?.message}`));
  problems.push(...own);
  if (fm === undefined) return undefined;
  if (fm.system !== system) problems.push(problem(path, "system", `"${fm.system}" does not match the folder "${system}"`));
  const group = owner ? groupOf(path, fm, owner, problems) : "";
  problems.push(...stepProblems(path, parsed.steps));

  const id = `${system}/${slug}`;
  const { title, order, summary, audience, reviewed, owner: team, signatures, symptoms, related, keyFacts } = fm;
  return {
    links: parsed.links,
    scenario: {
      id,
      slug,
      system,
      url: `/scenarios/${id}`,
      file: path,
      title,
      group,
      order,
      summary,
      audience,
      reviewed,
      owner: team,
      signatures,
      symptoms,
      related,
      keyFacts,
      limits: fm.limits,
      escalation: fm.escalation ?? owner?.escalation,
      steps: parsed.steps.map(({ id: stepId, was, text, internal, kind, customerText }) => ({ id: stepId, was, text, internal, kind, ...(customerText ? { customerText } : {}) })),
      ...(parsed.reply ? { reply: parsed.reply } : {}),
      body: parsed.body,
      text: parsed.text,
    },
  };
}

export interface BuildResult {
  catalog: Catalog;
  problems: Problem[];
}

/**
 * Builds one edition's catalog from already-read files. Pure, so tests can pass fixtures in.
 * Use checkCatalog (check.ts) for the full check: it adds the matcher and wizard rules.
 */
export function buildCatalog(files: SourceFile[], edition: Edition, options: BuildOptions = {}): BuildResult {
  const opts: Required<BuildOptions> = { cache: options.cache ?? createFileCache(), parse: options.parse ?? parseMdxFile };
  const problems: Problem[] = [];
  const systems = new Map<string, System>();
  const byFolder = new Map<string, SourceFile[]>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const m = FILE_RE.exec(file.path);
    // content/incidents/ holds incidents, not a system (lib/content/incidents checks them).
    if (!m || m[1] === INCIDENTS_DIR) continue;
    const folder = m[1] ?? "";
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }

  for (const [folder, group] of byFolder) {
    const overview = group.find((f) => FILE_RE.exec(f.path)?.[2] === SYSTEM_FILE);
    if (!overview) {
      problems.push(problem(`content/${folder}/${SYSTEM_FILE}.mdx`, "file", `missing: every system folder needs an overview file`));
      continue;
    }
    const system = buildSystem(folder, overview, edition, opts, problems);
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
      const draft = buildScenario(folder, slug, file, systems.get(folder), edition, opts, problems);
      if (draft) drafts.push(draft);
    }
  }

  const ids = new Set(seenIds.keys());
  for (const system of systems.values()) {
    const slugs = new Set([...ids].filter((id) => id.startsWith(`${system.id}/`)).map((id) => id.slice(system.id.length + 1)));
    problems.push(...checkDiagram(system, slugs));
  }
  // In the customer edition, agent-only scenarios do not exist: a link to one from the text of a
  // published page is an error (the author must remove it or make the link internal); a `related`
  // entry to one is dropped, since the agent edition still shows it.
  const published = drafts.filter((d) => edition === "agent" || d.scenario.audience !== "agent");
  const publishedIds = new Set(published.map((d) => d.scenario.id));
  for (const draft of drafts) problems.push(...relatedProblems(draft.scenario, ids));
  const agentOnly = new Set(drafts.filter((d) => !publishedIds.has(d.scenario.id)).map((d) => d.scenario.id));
  for (const draft of published) problems.push(...linkProblems(draft.scenario.file, draft.links, publishedIds, new Set(systems.keys()), agentOnly));

  const names = productNames([...systems.values()]);
  const namesKey = names.join(" ");
  for (const file of files) {
    if (!FILE_RE.test(file.path)) continue;
    problems.push(...opts.cache.get("spelling", file, () => productNameProblems(file, names), namesKey), ...placeholderProblems(file));
  }
  problems.push(...sharedSignatureProblems({ scenarios: drafts.map((d) => d.scenario) }));
  problems.push(...glossaryProblems([...systems.values()]));

  const visible = published.map((d) => ({ ...d.scenario, related: d.scenario.related.filter((r) => publishedIds.has(r)) }));
  const groupIndex = (s: Scenario) => systems.get(s.system)?.groups.findIndex((g) => g.id === s.group) ?? 0;
  visible.sort(
    (a, b) =>
      a.system.localeCompare(b.system) || groupIndex(a) - groupIndex(b) || a.order - b.order || a.slug.localeCompare(b.slug),
  );
  return { catalog: { edition, systems: [...systems.values()], scenarios: visible }, problems };
}
