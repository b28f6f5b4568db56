import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, type MatchDoc } from "@/lib/match";
import { rank } from "@/lib/match/diagnose";
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
const grown = buildMatchIndex([...fixtureDocs, ...elsewhere]);
const pastes = fixtureDocs.flatMap((d) => [d.title, ...d.symptoms, ...d.signatures]).map((t) => `${t} since the laptop update`);

test("adding scenarios that use none of a scenario's words leaves its weights and its scores alone", () => {
  expect(grown.docs.length).toBeGreaterThan(10 * fixtureDocs.length);
  expect(grown.unknownWeight).toBeCloseTo(small.unknownWeight, 10);
  for (const s of small.stems) expect(grown.idf[grown.stemIds.get(s) ?? -1]).toBeCloseTo(small.idf[small.stemIds.get(s) ?? -1] ?? NaN, 10);
  expect(pastes.length).toBeGreaterThan(0);
  for (const p of pastes) {
    const before = rank(small, p, { threshold: 0, limit: 50 }).map((m) => [m.slug, m.score]);
    const after = rank(grown, p, { threshold: 0, limit: 50 }).filter((m) => m.system !== "zz").map((m) => [m.slug, m.score]);
    expect(after).toEqual(before);
  }
});

test("a word used by very many scenarios still weighs as much as one used by RARITY_SCALE of them", () => {
  const big = buildMatchIndex([...fixtureDocs, ...syntheticCatalog(30 * RARITY_SCALE).map((s) => s.doc)]);
  const crowded = big.stemDocs.filter((docs) => docs.length > 2 * RARITY_SCALE).length;
  expect(crowded).toBeGreaterThan(0);
  expect(Math.min(...big.idf)).toBeCloseTo(Math.log(2), 10);
  // ...and a paste about something else still matches nothing.
  expect(diagnose(big, "The printer on the third floor is out of toner again")).toEqual([]);
});
