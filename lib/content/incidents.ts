/**
 * Known incidents: content/incidents/<id>.mdx, plain Markdown with frontmatter (title, start, end?,
 * systems, scenarios). Validated here against the catalog; whether one is active is decided where the
 * page is seen (components/incidents), so a prerendered page still shows and hides it on time. Pure.
 */
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { z } from "zod";
import { parseMdxFile } from "./parse";
import { problem, type Problem } from "./problem";
import { kebabId } from "./schema";
import type { Catalog, Incident, IncidentBlock, SourceFile } from "./types";

export const INCIDENTS_DIR = "incidents";
const FILE_RE = new RegExp(`^content/${INCIDENTS_DIR}/([^/]+)\\.mdx?$`);

// A date (UTC midnight) or a date and time with its time zone: a time without a zone means different
// moments on different servers and browsers.
const instant = z
  .string({ error: "expected a date like 2026-03-01 or 2026-03-01T09:30:00Z" })
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/, "expected a date like 2026-03-01, or a time with its zone like 2026-03-01T09:30:00Z")
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a real date")
  .transform((s) => new Date(Date.parse(s)).toISOString());

export const incidentFrontmatter = z.strictObject({
  title: z.string().trim().min(1, "required: one line saying what is wrong"),
  start: instant,
  end: instant.optional(),
  systems: z.array(kebabId).default([]),
  scenarios: z.array(z.string()).default([]),
});

export type { Incident, IncidentBlock } from "./types";

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

function bodyOf(file: string, source: string, problems: Problem[]): IncidentBlock[] {
  const tree = markdown.parse(source) as Root;
  const lines = new Set<number | undefined>();
  const walk = (node: { type: string; position?: { start: { line: number } }; children?: unknown[] }): void => {
    if (node.type === "html") lines.add(node.position?.start.line);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  for (const line of lines) problems.push(problem(file, "body", `line ${line}: incidents are plain Markdown: no components or HTML`));
  const blocks: IncidentBlock[] = [];
  for (const node of tree.children) {
    if (node.type === "yaml" || node.type === "html") continue;
    if (node.type === "list") {
      blocks.push({ kind: "ul", items: node.children.map((item) => toString(item).trim()).filter(Boolean) });
    } else {
      const text = toString(node).trim();
      if (text) blocks.push({ kind: "p", text });
    }
  }
  if (blocks.length === 0) problems.push(problem(file, "body", "empty: say what customers see and what to do meanwhile"));
  return blocks;
}

/** Reads and checks every incident file; unknown systems or scenarios and an end before the start are errors. */
export function buildIncidents(files: SourceFile[], catalog: Catalog): { incidents: Incident[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const incidents: Incident[] = [];
  const systems = new Set(catalog.systems.map((s) => s.id));
  const scenarios = new Set(catalog.scenarios.map((s) => s.id));
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const id = FILE_RE.exec(file.path)?.[1];
    if (id === undefined) continue;
    const before = problems.length;
    if (!kebabId.safeParse(id).success) problems.push(problem(file.path, "file name", `"${id}" must be lowercase words joined by hyphens`));
    const parsed = parseMdxFile(file.path, file.source);
    problems.push(...parsed.problems.filter((p) => p.field === "frontmatter"));
    if (parsed.data === undefined) continue;
    const result = incidentFrontmatter.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join(".") || "frontmatter";
        problems.push(problem(file.path, field, issue.code === "invalid_type" && issue.input === undefined ? "required field is missing" : issue.message));
      }
      continue;
    }
    const fm = result.data;
    for (const s of fm.systems) if (!systems.has(s)) problems.push(problem(file.path, "systems", `unknown system "${s}": expected one of ${[...systems].join(", ")}`));
    for (const s of fm.scenarios) if (!scenarios.has(s)) problems.push(problem(file.path, "scenarios", `unknown scenario "${s}"`));
    if (fm.systems.length === 0 && fm.scenarios.length === 0) problems.push(problem(file.path, "systems", "name at least one system or scenario the incident affects"));
    if (fm.end !== undefined && fm.end <= fm.start) problems.push(problem(file.path, "end", `${fm.end} is not after start ${fm.start}`));
    const body = bodyOf(file.path, file.source, problems);
    if (problems.length === before) incidents.push({ ...fm, id, file: file.path, end: fm.end ?? null, body });
  }
  return { incidents, problems };
}
