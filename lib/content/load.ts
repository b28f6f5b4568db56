// The file-system edge of lib/content, for the CLI scripts and tests (they run under tsx, outside
// Next). The app reaches it only through server.ts, which is marked server-only.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildCatalog, type BuildResult } from "./build";
import { checkCatalog, type CheckResult, type PublishedSteps } from "./check";
import type { Edition, SourceFile } from "./types";

export const PUBLISHED_STEPS_FILE = "content/.published-steps.json";

/** Reads every .mdx/.md file under `<root>/content`, paths relative to root. */
export function readContentFiles(root: string): SourceFile[] {
  const contentDir = join(root, "content");
  const files: SourceFile[] = [];
  for (const entry of readdirSync(contentDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    files.push({ path: relative(root, full).split("\\").join("/"), source: readFileSync(full, "utf8") });
  }
  return files;
}

/** The step ids last published, or undefined when the file is absent (no warnings then). */
export function readPublishedSteps(root: string): PublishedSteps | undefined {
  const file = join(root, PUBLISHED_STEPS_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as PublishedSteps;
}

export function editionFromEnv(value = process.env.FIXPATH_EDITION): Edition {
  return value === "agent" ? "agent" : "customer";
}

/** One edition's catalog and the problems of building it (without the matcher and wizard rules). */
export function loadCatalog(root: string, edition: Edition): BuildResult {
  return buildCatalog(readContentFiles(root), edition);
}

/** The full check (check.ts) on the content under root. */
export function checkContent(root: string, edition: Edition, today?: Date): CheckResult {
  return checkCatalog(readContentFiles(root), edition, readPublishedSteps(root), today);
}

/** A fingerprint of content/ (names, times, sizes): the dev preview reloads and recomputes when it changes. */
export function contentVersion(root: string): string {
  const dir = join(root, "content");
  if (!existsSync(dir)) return "missing";
  let version = "";
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const s = statSync(join(entry.parentPath, entry.name));
    version += `${entry.parentPath}/${entry.name}:${s.mtimeMs}:${s.size};`;
  }
  return version;
}
