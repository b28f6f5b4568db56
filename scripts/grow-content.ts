// A copy of content/ in a temporary root, grown to `target` scenarios with copies of the real ones
// (each with its own slug, title and signature, so the self-match and shared-signature rules still
// have work to do): for `npm run bench:content` and the dev-preview figures of `npm run bench:scale`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface GrownContent {
  root: string;
  /** content/<system>/<slug>.mdx paths of the generated scenarios, relative to root. */
  made: string[];
  remove: () => void;
}

export function growContent(target: number): GrownContent {
  const root = mkdtempSync(join(tmpdir(), "fixpath-grown-content-"));
  cpSync(join(process.cwd(), "content"), join(root, "content"), { recursive: true });
  rmSync(join(root, "content", ".published-steps.json"), { force: true });

  const sources: Array<{ system: string; slug: string; text: string }> = [];
  for (const system of readdirSync(join(root, "content"), { withFileTypes: true })) {
    if (!system.isDirectory() || system.name === "incidents") continue;
    for (const f of readdirSync(join(root, "content", system.name))) {
      if (f.endsWith(".mdx") && !f.startsWith("_")) sources.push({ system: system.name, slug: f.slice(0, -4), text: readFileSync(join(root, "content", system.name, f), "utf8") });
    }
  }

  // A made-up word per copy keeps each generated signature and title distinct.
  const word = (n: number) => `zq${n.toString(36)}x`;
  const made: string[] = [];
  for (let n = 0; sources.length + made.length < target; n++) {
    const src = sources[n % sources.length]!;
    const tag = word(n);
    const text = src.text
      .replace(/^title: (.*)$/m, (_, t: string) => `title: ${JSON.stringify(`${t.replace(/^["']|["']$/g, "")} ${tag}`)}`)
      .replace(/^signatures:\n((?:\s+- .*\n)+)/m, () => `signatures:\n  - ${tag} ${src.slug.replace(/-/g, " ")} failed\n`)
      .replace(/^related: .*$/m, "related: []")
      .replace(/^related:\n(?:\s+- .*\n)+/m, "related: []\n");
    const path = join("content", src.system, `${src.slug}-${tag}.mdx`);
    writeFileSync(join(root, path), text);
    made.push(path);
  }
  return { root, made, remove: () => rmSync(root, { recursive: true, force: true }) };
}
