import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, type MatchDoc } from "@/lib/match";
import { RARITY_SCALE } from "@/lib/match/tunables";
import { syntheticCatalog } from "../../../scripts/bench-synthetic";
import { fixtureDocs } from "./fixture";

const small = buildMatchIndex(fixtureDocs);
// Scenarios of another system whose words the fixture never uses: made-up words, numbered.
const template = fixtureDocs[0] as MatchDoc;
const made = (i: number, n: number) => Array.from({ length: n }, (_, k) => `zq${i}x${k}w qv${(i * 7 + k) % 97}y`).join(" ");
const elsewhere: MatchDoc[] = Array.from({ length: 20 * RARITY_SCALE }, (_, i) => ({
  ...template, id: `zz/s${i}`, url: `/zz/s${i}`, system: "zz", systemName: "Zz Relay", aliases: ["Zz"], group: "zz",
  title: made(i, 2), summary: made(i, 4), symptoms: [made(i, 3)], signatures: [made(i, 1)], statuses: [], steps: [made(i, 5)], facts: [], limits: [], glossary: [],
}));
const mid = buildMatchIndex([...fixtureDocs, ...elsewhere.slice(0, RARITY_SCALE)]);
const grown = buildMatchIndex([...fixtureDocs, ...elsewhere]);

test("past RARITY_SCALE scenarios, the weights the no-match decision uses ignore scenarios that use none of a scenario's words", () => {
  expect(small.fixed).toBeUndefined();
  expect(grown.docs.length).toBeGreaterThan(10 * mid.docs.length);
  const a = mid.fixed;
  const b = grown.fixed;
  if (!a || !b) throw new Error("both catalogs are past RARITY_SCALE");
  expect(b.unknownWeight).toBeCloseTo(a.unknownWeight, 10);
  for (const s of small.stems) expect(b.idf[grown.stemIds.get(s) ?? -1]).toBeCloseTo(a.idf[mid.stemIds.get(s) ?? -1] ?? NaN, 10);
  // The ranking weights do drift (every word grows rarer): that is what the fixed ones are for.
  const w = small.stems[0] ?? "";
  expect(grown.idf[grown.stemIds.get(w) ?? -1]).toBeGreaterThan(mid.idf[mid.stemIds.get(w) ?? -1] ?? Infinity);
  const pastes = fixtureDocs.flatMap((d) => [d.title, ...d.symptoms]).map((t) => `${t} since the laptop update`);
  const answered = (ix: typeof mid) => pastes.filter((p) => diagnose(ix, p).length > 0).length;
  expect(answered(mid)).toBeGreaterThan(0);
  expect(answered(grown)).toBeLessThanOrEqual(answered(mid));
});

test("a word used by very many scenarios still weighs as much as one used by RARITY_SCALE of them", () => {
  const big = buildMatchIndex([...fixtureDocs, ...syntheticCatalog(30 * RARITY_SCALE).map((s) => s.doc)]);
  const crowded = big.stemDocs.filter((docs) => docs.length > 2 * RARITY_SCALE).length;
  expect(crowded).toBeGreaterThan(0);
  expect(Math.min(...(big.fixed?.idf ?? []))).toBeCloseTo(Math.log(2), 10);
  // ...and a paste about something else still matches nothing.
  expect(diagnose(big, "The printer on the third floor is out of toner again")).toEqual([]);
});
