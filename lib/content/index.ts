// The app's way into content: server-only, so no page or client component can bundle the loader.
// The CLI scripts (tsx, outside Next) import load.ts and check.ts directly.
import "server-only";
import { readCompiledCatalog } from "./compiled";
import type { CheckResult } from "./check";
import { contentVersion, editionFromEnv, readContentFiles, readPublishedSteps } from "./load";
import { createPreview, type Preview } from "./preview";
import type { Root } from "mdast";
import { splitOverview } from "./overview";
import type { Catalog, Incident, Scenario, System } from "./types";

export type { Catalog, Edition, Scenario, Step, System } from "./types";
export { formatProblem, type Problem } from "./problem";
export { editionFromEnv } from "./load";

const contentRoot = () => process.env.FIXPATH_CONTENT_ROOT ?? process.cwd();

let compiled: Catalog | undefined;

interface Live {
  root: string;
  key: string;
  preview: Preview;
}
// `next dev` loads each route (every page, the watcher's poll) as its own instance of this module,
// so the preview lives on globalThis: one per process, shared by the pages that show its catalog and
// the poll that runs its deferred rules (and the first load is paid once, not once per route). It
// keeps its code across hot reloads: restart `next dev` after changing lib/content itself.
const SHARED = Symbol.for("fixpath.content.preview");
const shared = globalThis as { [SHARED]?: Live };
const devKey = (root: string) => `${root}:${editionFromEnv()}:${contentVersion(root)}`;

/**
 * Production (the build's prerendering and `next start`): the catalog compiled into the build
 * output, never content/. Development: content/ through the incremental preview (preview.ts: the
 * rules of checkCatalog, each unchanged file's results reused), recomputed only when the content
 * fingerprint changes, so a page that asks 7+N times reads the files once.
 */
export function getCatalogResult(): CheckResult {
  if (process.env.NODE_ENV === "production") {
    compiled ??= readCompiledCatalog();
    return { catalog: compiled, problems: [] };
  }
  const root = contentRoot();
  const key = devKey(root);
  let live = shared[SHARED];
  if (live?.key !== key) {
    const preview = live?.root === root ? live.preview : createPreview();
    preview.update(readContentFiles(root), editionFromEnv(), readPublishedSteps(root));
    live = shared[SHARED] = { root, key, preview };
  }
  return live.preview.result();
}

const devCode = new WeakMap<object, Map<string, Promise<string>>>();

/** Development only: compiles a tree derived from `body` (the body itself or a part of it) once per catalog. */
function devCompile(body: object, part: string, tree: () => Root): Promise<string> {
  if (process.env.NODE_ENV === "production") throw new Error("the compiled catalog has a body without code: rebuild");
  let parts = devCode.get(body);
  if (!parts) devCode.set(body, (parts = new Map()));
  let code = parts.get(part);
  if (!code) {
    code = import("./mdx-compile").then(({ compileBody }) => compileBody(tree()));
    parts.set(part, code);
  }
  return code;
}

/**
 * The compiled program of a scenario's or system's body, for MdxContent. Production: the code the
 * build compiled into the catalog. Development: compiled on the server from the same validated,
 * edition-filtered tree, once per catalog (the catalog is recomputed when content/ changes).
 */
export async function bodyCode(item: Pick<Scenario | System, "body" | "code">): Promise<string> {
  if (item.code !== undefined) return item.code;
  return devCompile(item.body, "body", () => item.body);
}

/**
 * A system overview's two compiled parts (lib/content/overview.ts): its opening paragraph, which the
 * page leads with, and the rest. Production: compiled by the build; development: on the server.
 */
export async function overviewCode(system: Pick<System, "body" | "leadCode" | "restCode">): Promise<{ lead: string; rest: string }> {
  if (system.leadCode !== undefined && system.restCode !== undefined) return { lead: system.leadCode, rest: system.restCode };
  const parts = () => splitOverview(system.body);
  const [lead, rest] = await Promise.all([devCompile(system.body, "lead", () => parts().lead), devCompile(system.body, "rest", () => parts().rest)]);
  return { lead, rest };
}

/**
 * The version a page renders with: the content fingerprint, plus a digest of the catalog-wide
 * rules' errors once they are known.
 */
export function currentContentVersion(): string {
  const root = contentRoot();
  const version = contentVersion(root);
  const live = shared[SHARED];
  const late = live?.key === devKey(root) ? live.preview.lateDigest() : "";
  return late ? `${version}#${late}` : version;
}

/**
 * The version the dev preview polls. A changed fingerprint answers at once, so the page reloads
 * and shows the edit; once a page has rendered the current content, the next poll runs the
 * catalog-wide rules (self-match, reachability: seconds at 1,000 scenarios) and, when they find
 * errors, answers a new version, so the page reloads with them in the problem box.
 */
export function polledContentVersion(): string {
  const live = shared[SHARED];
  if (live?.key === devKey(contentRoot())) live.preview.settle();
  return currentContentVersion();
}

export function getCatalog(): Catalog {
  return getCatalogResult().catalog;
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

/** Known incidents (content/incidents), from the same catalog; the page decides which are active now. */
export function getIncidents(): Incident[] {
  return getCatalog().incidents ?? [];
}
