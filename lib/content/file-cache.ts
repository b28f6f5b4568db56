// Per-file results of the content pipeline, kept while a file's text is unchanged. checkCatalog
// gets a fresh cache per call (content:check, next build); the dev preview keeps one across edits, so
// an edit re-parses, re-validates and re-compiles only the files whose text changed.
import { createHash } from "node:crypto";
import type { SourceFile } from "./types";

/** Enough for both editions of 10,000 files and their spelling results. */
export const FILE_CACHE_MAX = 40_000;

export interface FileCache {
  /**
   * compute(), or its value from an earlier call for the same kind, path, text and key. `key` names
   * what else the result depends on (the catalog's product names, for the spelling rule).
   */
  get<T>(kind: string, file: SourceFile, compute: () => T, key?: string): T;
  /** Drops the entries of every path not in `paths`: a deleted file drops out. */
  retain(paths: ReadonlySet<string>): void;
  readonly size: number;
}

interface Entry {
  path: string;
  hash: string;
  key: string;
  value: unknown;
}

const textHash = (source: string) => createHash("sha256").update(source).digest("base64url");

/** A bounded cache (least recently used out first) keyed by kind + path; an entry holds its text's hash. */
export function createFileCache(max = FILE_CACHE_MAX): FileCache {
  const entries = new Map<string, Entry>();
  const hashes = new WeakMap<SourceFile, string>();
  const hashOf = (file: SourceFile) => {
    let h = hashes.get(file);
    if (h === undefined) hashes.set(file, (h = textHash(file.source)));
    return h;
  };
  return {
    get<T>(kind: string, file: SourceFile, compute: () => T, key = ""): T {
      const id = `${kind}\u0000${file.path}`;
      const hash = hashOf(file);
      const hit = entries.get(id);
      entries.delete(id);
      if (hit && hit.hash === hash && hit.key === key) {
        entries.set(id, hit);
        return hit.value as T;
      }
      const value = compute();
      entries.set(id, { path: file.path, hash, key, value });
      while (entries.size > max) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return value;
    },
    retain(paths) {
      for (const [id, entry] of entries) if (!paths.has(entry.path)) entries.delete(id);
    },
    get size() {
      return entries.size;
    },
  };
}
