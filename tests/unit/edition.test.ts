import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { parseMdxFile } from "@/lib/content/parse";
import { scan } from "../../scripts/leak-scan.mts";

const repo = process.cwd();
const ENGINEERS = ["Dineshr", "Taruun", "Dharshini", "Vishnuj"];

/** A sentence from a real <Internal> block of the agent edition. */
function internalSentence(): string {
  const { catalog } = loadCatalog(repo, "agent");
  for (const s of catalog.scenarios) {
    const [range] = parseMdxFile(s.file, s.source).internalRanges;
    if (!range) continue;
    const text = s.source.slice(range[0], range[1]).replace(/<\/?Internal>/g, "").replace(/\s+/g, " ").trim();
    const sentence = text.split(/(?<=\.) /).find((t) => t.length > 30 && !/[*_`[\]]/.test(t));
    if (sentence) return sentence.slice(0, 60);
  }
  throw new Error("no internal block found in content/");
}

describe("the customer edition", () => {
  const sentence = internalSentence();

  test("its catalog holds no internal text", () => {
    const { catalog } = loadCatalog(repo, "customer");
    const all = JSON.stringify(catalog);
    for (const needle of [...ENGINEERS, sentence]) expect(all, needle).not.toContain(needle);
  });

  test("its build output (.next) holds no internal sentence and no engineer's name", () => {
    const dist = join(repo, process.env.NEXT_DIST_DIR || ".next");
    expect(existsSync(join(dist, "BUILD_ID")), "run `next build` first (npm test does)").toBe(true);
    expect(scan(dist, [...ENGINEERS, sentence])).toEqual([]);
  });

  test("the same scan finds a sentinel that an author forgot to mark internal", { timeout: 240_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), "fixpath-leak-"));
    const dist = `.next-leakcheck-${process.pid}`;
    try {
      cpSync(join(repo, "content"), join(root, "content"), { recursive: true });
      appendFileSync(join(root, "content/casa/sms-double-counted.mdx"), "\nUnmarked sentinel LEAKCHECK-7f3a: ask Dineshr.\n");
      const build = spawnSync(join(repo, "node_modules/.bin/next"), ["build"], {
        cwd: repo,
        env: { ...process.env, FIXPATH_CONTENT_ROOT: root, NEXT_DIST_DIR: dist, FIXPATH_EDITION: "customer" },
        encoding: "utf8",
      });
      expect(build.status, build.stderr.slice(-2000)).toBe(0);
      const hits = scan(join(repo, dist), ["LEAKCHECK-7f3a"]);
      expect(hits.length).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(join(repo, dist), { recursive: true, force: true });
    }
  });
});
