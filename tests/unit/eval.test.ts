import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { z } from "zod";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, diagnose, toMatchDocs } from "@/lib/match";

// The labelled queries in tests/eval/tuning/**/*.jsonl (never heldout/) (and the shared sample next to the repository, when
// present), scored the way ../shared/tools/eval-matcher.mjs scores the CLI.
const query = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), expect: z.array(z.string()) });
type Query = z.infer<typeof query>;

const root = process.cwd();
const files = [
  ...readdirSync(join(root, "tests", "eval", "tuning"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(root, "tests", "eval", "tuning", f)),
  join(root, "..", "shared", "eval", "sample.jsonl"),
].filter((f) => existsSync(f));

const read = (file: string): Query[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = query.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });

const accepts = (expected: string[], slug: string) => expected.some((e) => (e.endsWith("/*") ? slug.startsWith(e.slice(0, -1)) : slug === e));

// The labels were written from the seeds, so they are scored against the systems written from a seed:
// a paste that is unrelated to those may well belong to a system added since (an email bounce, say).
const { catalog: full } = loadCatalog(root, "customer");
const seeded = new Set(full.systems.filter((s) => s.seed).map((s) => s.id));
const catalog = { ...full, systems: full.systems.filter((s) => seeded.has(s.id)), scenarios: full.scenarios.filter((s) => seeded.has(s.system)) };
const index = buildMatchIndex(toMatchDocs(catalog));

function score(queries: Query[]) {
  let positives = 0;
  let top1 = 0;
  let top3 = 0;
  const falseMatches: string[] = [];
  const misses: string[] = [];
  for (const q of queries) {
    const slugs = diagnose(index, q.text).map((m) => m.slug);
    if (q.expect.length === 0) {
      if (slugs.length > 0) falseMatches.push(`${q.id} -> ${slugs[0]}`);
      continue;
    }
    positives++;
    const rank = slugs.findIndex((s) => accepts(q.expect, s));
    if (rank === 0) top1++;
    else misses.push(`${q.id}: want ${q.expect.join("|")}, got ${slugs.slice(0, 3).join(", ") || "nothing"}`);
    if (rank >= 0 && rank < 3) top3++;
  }
  return { positives, negatives: queries.length - positives, top1, top3, falseMatches, misses };
}

test("the matcher ranks the labelled root cause first for at least 90% of queries and matches no unrelated text", () => {
  const all: Query[] = [];
  for (const file of files) {
    const queries = read(file);
    all.push(...queries);
    const r = score(queries);
    const share = r.positives ? (r.top1 / r.positives).toFixed(3) : "-";
    console.log(`${relative(root, file)}: ${r.positives} positive (top-1 ${share}), ${r.negatives} unrelated (${r.falseMatches.length} matched)`);
  }
  const r = score(all);
  const top1 = r.top1 / r.positives;
  console.log(
    `all: ${all.length} queries, top-1 ${top1.toFixed(3)} (${r.top1}/${r.positives}), top-3 ${(r.top3 / r.positives).toFixed(3)}, ` +
      `unrelated matched ${r.falseMatches.length}/${r.negatives}`,
  );
  for (const m of r.misses) console.log(`  miss ${m}`);
  expect(all.length).toBeGreaterThanOrEqual(150);
  expect(r.negatives).toBeGreaterThanOrEqual(20);
  expect(r.falseMatches).toEqual([]);
  expect(top1).toBeGreaterThanOrEqual(0.9);
});
