import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compiledCatalogSchema } from "./schema";
import type { Catalog } from "./types";

/**
 * Where the build keeps the compiled, edition-filtered catalog, inside its output folder: the
 * production server reads this file and never content/ (next.config.mjs writes it during `next build`).
 */
export const COMPILED_CATALOG = "fixpath/catalog.json";

/** The build output folder: next.config.mjs inlines it, tests and scripts use NEXT_DIST_DIR. */
export function distDir(): string {
  return join(process.cwd(), process.env.FIXPATH_DIST_DIR || process.env.NEXT_DIST_DIR || ".next");
}

export function readCompiledCatalog(dir = distDir()): Catalog {
  const file = join(dir, COMPILED_CATALOG);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`no compiled catalog at ${file}: run \`next build\` (it compiles content/ into the build)`);
  }
  return compiledCatalogSchema.parse(JSON.parse(text));
}
