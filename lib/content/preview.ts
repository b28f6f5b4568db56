// The dev preview's incremental content pipeline. Pure: files in, catalog and problems out; the
// server-only edge (index.ts) reads content/ and keeps one preview per process.
import { stageCheck, type CheckResult, type PublishedSteps } from "./check";
import { createFileCache, type FileCache } from "./file-cache";
import { formatProblem, type Problem } from "./problem";
import type { Edition, SourceFile } from "./types";
import type { parseMdxFile } from "./parse";

export interface PreviewOptions {
  cache?: FileCache;
  /** The MDX parser; tests inject a counting one. */
  parse?: typeof parseMdxFile;
}

export interface Preview {
  /**
   * Checks these files (each unchanged file's parse, validation and compiled body come from the
   * cache) and returns what to show: the catalog, with every file that now has an error replaced by
   * its last valid text, and the problems of the files as they are.
   */
  update(files: SourceFile[], edition: Edition, published?: PublishedSteps): CheckResult;
  /** The last update's result, with the catalog-wide rules' problems once settle() has run them. */
  result(): CheckResult;
  /**
   * Runs the catalog-wide rules (wizard reachability, matcher self-match) of the last update, once.
   * Returns true when they were run now.
   */
  settle(): boolean;
  /** A digest of the catalog-wide rules' errors ("" while none are known), for the page's reload check. */
  lateDigest(): string;
}

const errorFiles = (problems: readonly Problem[]) => new Set(problems.filter((p) => p.severity === "error").map((p) => p.file));

export function createPreview(options: PreviewOptions = {}): Preview {
  const cache = options.cache ?? createFileCache();
  const build = { cache, ...(options.parse ? { parse: options.parse } : {}) };
  const lastValid = new Map<string, SourceFile>();
  let current: CheckResult = { catalog: { edition: "customer", systems: [], scenarios: [] }, problems: [] };
  let pending: (() => Problem[]) | undefined;
  let late: Problem[] = [];
  let shown: CheckResult = current;

  return {
    update(files, edition, published) {
      const staged = stageCheck(files, edition, { ...build, ...(published ? { published } : {}) });
      const broken = errorFiles(staged.problems);
      const paths = new Set(files.map((f) => f.path));
      for (const path of lastValid.keys()) if (!paths.has(path)) lastValid.delete(path);
      for (const f of files) if (!broken.has(f.path)) lastValid.set(f.path, f);
      let catalog = staged.catalog;
      if ([...broken].some((path) => lastValid.has(path))) {
        // The site shows the last valid content: a file whose edit broke it keeps its previous text.
        const shownFiles = files.map((f) => (broken.has(f.path) ? (lastValid.get(f.path) ?? f) : f));
        catalog = stageCheck(shownFiles, edition, build).catalog;
      }
      cache.retain(paths);
      current = { catalog, problems: staged.problems };
      pending = staged.catalogRules;
      late = [];
      shown = current;
      return shown;
    },
    result: () => shown,
    settle() {
      if (!pending) return false;
      late = pending();
      pending = undefined;
      shown = { catalog: current.catalog, problems: [...current.problems, ...late] };
      return true;
    },
    lateDigest() {
      const errors = late.filter((p) => p.severity === "error").map(formatProblem);
      if (errors.length === 0) return "";
      // A short, stable digest: the page only compares it with the one it rendered.
      let h = 0;
      for (const c of errors.join("\n")) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
      return `${errors.length}.${(h >>> 0).toString(36)}`;
    },
  };
}
