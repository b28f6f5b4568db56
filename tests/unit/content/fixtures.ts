import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceFile } from "@/lib/content/types";

const dir = join(process.cwd(), "tests/fixtures/content");

/** A fixture file as if it lived at content/demo/<name>.mdx. */
export function fixture(name: string, as = name): SourceFile {
  return { path: `content/demo/${as}.mdx`, source: readFileSync(join(dir, `${name}.mdx`), "utf8") };
}

export const base = (): SourceFile[] => [fixture("_system"), fixture("valid")];
