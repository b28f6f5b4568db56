import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import type { Io } from "../../../scripts/content-check.mts";

export const repo = process.cwd();

/** A throwaway copy of the repository's content/ under a temporary root. */
export function copyContent(prefix: string): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(repo, "content"), join(root, "content"), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** What content/ holds, read straight from the files (not through lib/content, the code under test). */
export function contentOnDisk(root: string) {
  const dir = join(root, "content");
  const systems = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(dir, d.name)).includes("_system.mdx"))
    .map((d) => d.name)
    .sort();
  const scenarios = systems.flatMap((s) =>
    readdirSync(join(dir, s))
      .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
      .map((f) => `${s}/${f.replace(/\.mdx$/, "")}`),
  );
  return { systems, scenarios };
}

/** The YAML frontmatter of a content file, parsed with the yaml package alone. */
export function frontmatterOf(root: string, file: string): Record<string, unknown> {
  const source = readFileSync(join(root, "content", file), "utf8");
  const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? "";
  return parse(yaml) as Record<string, unknown>;
}

/** Captures a command's output as one string. */
export function captureIo(): Io & { text: () => string } {
  const lines: string[] = [];
  return { out: (l) => lines.push(l), err: (l) => lines.push(l), text: () => lines.join("\n") };
}
