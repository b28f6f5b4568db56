import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { expect, test } from "vitest";
import { z } from "zod";
import { loadCatalog } from "@/lib/content/load";

// The labelled pastes themselves, checked without running the matcher: every line parses, ids are
// unique, every expected id is a scenario (or "system/*" of a system) in content/, the two halves
// never share a paste, and each kind has a file on both sides. See tests/eval/README.md.
const root = process.cwd();
const evalDir = join(root, "tests", "eval");

const legacyQuery = z.object({ id: z.union([z.string(), z.number()]), text: z.string().min(1), expect: z.array(z.string()) });
const paste = z.strictObject({
  id: z.string().regex(/^[th]\d*-[a-z-]+-\d+$/),
  kind: z.string().regex(/^[a-z-]+$/),
  text: z.string().min(1),
  expect: z.array(z.string()),
});

const jsonl = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => join(dir, f))
    : [];

const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, where: `${relative(root, file)}:${i + 1}` }))
    .filter(({ line }) => line.trim());

const scenarioIds = new Set([
  ...loadCatalog(root, "customer").catalog.scenarios.map((s) => s.id),
  ...loadCatalog(root, "agent").catalog.scenarios.map((s) => s.id),
]);
const systems = new Set([...scenarioIds].map((id) => id.split("/")[0]));
const known = (e: string) => (e.endsWith("/*") ? systems.has(e.slice(0, -2)) : scenarioIds.has(e));

const sides = ["tuning", "heldout"] as const;
const isLegacy = (file: string) => relative(evalDir, file).split(/[\\/]/)[1] === "legacy";

test("every labelled paste parses, has a unique id and names only scenarios that exist", () => {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const side of sides) {
    for (const file of jsonl(join(evalDir, side))) {
      for (const { line, where } of lines(file)) {
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch {
          problems.push(`${where}: not JSON`);
          continue;
        }
        const parsed = (isLegacy(file) ? legacyQuery : paste).safeParse(raw);
        if (!parsed.success) {
          problems.push(`${where}: ${parsed.error.issues[0]?.message}`);
          continue;
        }
        const q = parsed.data;
        const id = String(q.id);
        if (ids.has(id)) problems.push(`${where}: duplicate id ${id}`);
        ids.add(id);
        for (const e of q.expect.filter((x) => !known(x))) problems.push(`${where}: ${e} is not a scenario in content/`);
        if (!isLegacy(file) && "kind" in q) {
          if (q.kind !== basename(file, ".jsonl")) problems.push(`${where}: kind ${q.kind} in ${basename(file)}`);
          if (!(side === "tuning" ? /^t\d*-/ : /^h\d*-/).test(id)) problems.push(`${where}: id ${id} on the ${side} side`);
        }
      }
    }
  }
  expect(scenarioIds.size).toBeGreaterThan(0);
  expect(ids.size).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test("the tuning and held-out halves share no paste, and every held-out kind has a tuning file", () => {
  const texts = (side: string) =>
    new Set(jsonl(join(evalDir, side)).flatMap((f) => lines(f).map(({ line }) => (JSON.parse(line) as { text: string }).text.trim().toLowerCase())));
  const tuning = texts("tuning");
  const heldout = texts("heldout");
  expect(heldout.size).toBeGreaterThan(0);
  expect([...heldout].filter((t) => tuning.has(t))).toEqual([]);
  const kinds = (side: string) => readdirSync(join(evalDir, side)).filter((f) => f.endsWith(".jsonl")).sort();
  expect(kinds("heldout")).toEqual(kinds("tuning"));
});
