import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildCatalog, type BuildResult } from "./build";
import type { Catalog, Edition, SourceFile } from "./types";
import { buildIncidents } from "./incidents";

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

export function editionFromEnv(value = process.env.FIXPATH_EDITION): Edition {
  return value === "agent" ? "agent" : "customer";
}

export function loadCatalog(root: string, edition: Edition): BuildResult {
  return buildCatalog(readContentFiles(root), edition);
}

/** A fingerprint of content/ (names, times, sizes): the dev preview reloads when it changes. */
export function contentVersion(root: string): string {
  const dir = join(root, "content");
  let version = "";
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const s = statSync(join(entry.parentPath, entry.name));
    version += `${entry.parentPath}/${entry.name}:${s.mtimeMs}:${s.size};`;
  }
  return version;
}

/** content/incidents/*.mdx, checked against `catalog` (lib/content/incidents). */
export function loadIncidents(root: string, catalog: Catalog) {
  return buildIncidents(readContentFiles(root), catalog);
}
