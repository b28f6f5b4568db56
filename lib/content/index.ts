import { buildCatalog, type BuildResult } from "./build";
import type { Incident } from "./incidents";
import { editionFromEnv, loadIncidents, readContentFiles } from "./load";
import { ContentError } from "./problem";
import type { Catalog, Scenario, System } from "./types";

export type { Catalog, Edition, Scenario, Step, System } from "./types";
export { ContentError, formatProblem, type Problem } from "./problem";

// A production server reads content once; `next dev` re-reads on every request so that edits show
// without a restart.
const memo = new Map<string, BuildResult>();

/** FIXPATH_CONTENT_ROOT lets tests build the site from a copy of content/. */
export function getCatalogResult(root = process.env.FIXPATH_CONTENT_ROOT ?? process.cwd()): BuildResult {
  const edition = editionFromEnv();
  const key = `${root}:${edition}`;
  const hit = process.env.NODE_ENV === "production" ? memo.get(key) : undefined;
  if (hit) return hit;
  const result = buildCatalog(readContentFiles(root), edition);
  memo.set(key, result);
  return result;
}

/**
 * The validated catalog. A production build throws ContentError (file: field: message lines) when
 * content is broken; `next dev` serves the valid files and shows the problems on the page instead.
 */
export function getCatalog(): Catalog {
  const { catalog, problems } = getCatalogResult();
  if (process.env.NODE_ENV === "production" && problems.some((p) => p.severity === "error")) {
    throw new ContentError(problems);
  }
  return catalog;
}

export function getSystems(): System[] {
  return getCatalog().systems;
}

export function getSystem(id: string): System | undefined {
  return getSystems().find((s) => s.id === id);
}

export function getScenarios(system?: string): Scenario[] {
  const all = getCatalog().scenarios;
  return system ? all.filter((s) => s.system === system) : all;
}

export function getScenario(id: string): Scenario | undefined {
  return getCatalog().scenarios.find((s) => s.id === id);
}

export function getScenarioParams(): Array<{ system: string; slug: string }> {
  return getScenarios().map((s) => ({ system: s.system, slug: s.slug }));
}

export function getSystemParams(): Array<{ system: string }> {
  return getSystems().map((s) => ({ system: s.id }));
}

let incidentsMemo: { key: string; incidents: Incident[] } | undefined;

/**
 * Known incidents (content/incidents). A production build fails on a broken incident file as it does
 * on a broken scenario; `next dev` shows the valid ones. Whether one is active is decided by the page.
 */
export function getIncidents(root = process.env.FIXPATH_CONTENT_ROOT ?? process.cwd()): Incident[] {
  const catalog = getCatalog();
  const key = `${root}:${catalog.edition}`;
  if (process.env.NODE_ENV === "production" && incidentsMemo?.key === key) return incidentsMemo.incidents;
  const { incidents, problems } = loadIncidents(root, catalog);
  if (process.env.NODE_ENV === "production" && problems.some((p) => p.severity === "error")) throw new ContentError(problems);
  incidentsMemo = { key, incidents };
  return incidents;
}
