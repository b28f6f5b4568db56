import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Steps as content declares them (id, was, kind), read from content/ so tests never hard-code the catalog. */
export interface ContentStep {
  id: string;
  was: string[];
  kind: string;
}

export function contentSteps(): Map<string, ContentStep[]> {
  const out = new Map<string, ContentStep[]>();
  for (const entry of readdirSync("content", { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const system = entry.name;
    for (const file of readdirSync(join("content", system))) {
      if (!file.endsWith(".mdx") || file.startsWith("_")) continue;
      const source = readFileSync(join("content", system, file), "utf8");
      const steps = [...source.matchAll(/<Step\s+([^>]*)>/g)].map((m) => {
        const attrs = m[1] ?? "";
        const get = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
        return { id: get("id") ?? "", was: (get("was") ?? "").split(/\s+/).filter(Boolean), kind: get("kind") ?? "action" };
      });
      out.set(`${system}/${file.replace(/\.mdx$/, "")}`, steps);
    }
  }
  return out;
}
