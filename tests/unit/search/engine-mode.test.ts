import { describe, expect, test } from "vitest";
import { getCatalog } from "@/lib/content";
import type { Catalog } from "@/lib/content/types";
import { buildMatchIndex, indexForCatalog, serializeIndex, toMatchDocs, type MatchDoc } from "@/lib/match";
import { toSearchCards } from "@/lib/search/cards";
import { cardsJsonForCatalog, engineModeForCatalog } from "@/lib/search/catalog-engine";
import { BROWSER_INDEX_MAX_GZIP, browserPayloadGzipBytes, decideEngineMode, engineModeFor, gzipBytes, MODE_MARGIN_GZIP } from "@/lib/search/engine-mode";
import { syntheticCards, syntheticCatalog } from "@/scripts/bench-synthetic";

// The layout's cheap decision (no calibration) against the exact rule: the gzip size of the served
// /search-index.json (the calibrated index) plus /scenario-cards.json, against the budget.

/** The real catalog grown in memory to `target` scenarios, as scripts/grow-content.ts grows content/. */
function grown(catalog: Catalog, target: number): Catalog {
  const scenarios = [...catalog.scenarios];
  for (let n = 0; scenarios.length < target; n++) {
    const src = catalog.scenarios[n % catalog.scenarios.length]!;
    const tag = `zq${n.toString(36)}x`;
    scenarios.push({ ...src, id: `${src.id}-${tag}`, slug: `${src.slug}-${tag}`, url: `${src.url}-${tag}`, title: `${src.title} ${tag}`, signatures: [`${tag} ${src.slug.replace(/-/g, " ")} failed`], related: [] });
  }
  return { ...catalog, scenarios };
}

interface Case {
  docs: MatchDoc[];
  cardsJson: string;
  /** The served index, calibrated: what /search-index.json answers. */
  indexJson: string;
}

const real = (): Catalog => getCatalog();
const fromCatalog = (catalog: Catalog): Case => ({ docs: toMatchDocs(catalog), cardsJson: JSON.stringify(toSearchCards(catalog)), indexJson: serializeIndex(indexForCatalog(catalog)) });
function synthetic(n: number): Case {
  const docs = [...toMatchDocs(real()), ...syntheticCatalog(n - real().scenarios.length).map((s) => s.doc)];
  return { docs, cardsJson: JSON.stringify(syntheticCards(docs)), indexJson: serializeIndex(buildMatchIndex(docs)) };
}

type Decide = typeof decideEngineMode;

function check(c: Case, decideMode: Decide = decideEngineMode) {
  const exactBytes = browserPayloadGzipBytes(c.indexJson, c.cardsJson);
  const cardsGzip = gzipBytes(c.cardsJson);
  let built = 0;
  const decide = (max: number) =>
    decideMode({ docs: c.docs, cardsGzip, max, exactIndexJson: () => (built++, c.indexJson) });

  // At the real budget: the same mode as the exact rule.
  const atBudget = decide(BROWSER_INDEX_MAX_GZIP);
  expect(atBudget.mode).toBe(engineModeFor(exactBytes));
  // The estimate sits well inside the margin of the exact size (it leaves out only the threshold).
  const estimate = decide(exactBytes + 10 * MODE_MARGIN_GZIP).gzipBytes;
  expect(Math.abs(estimate - exactBytes)).toBeLessThanOrEqual(MODE_MARGIN_GZIP / 8);

  // Budgets planted around this catalog's payload, across and beyond the margin: always the exact answer.
  const budgets = [estimate - 1, estimate, estimate + 1, exactBytes - 1, exactBytes, exactBytes + 1];
  for (const k of [-12, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 12]) budgets.push(exactBytes + Math.round((k * MODE_MARGIN_GZIP) / 4));
  for (const max of budgets) {
    const d = decide(max);
    expect(d.mode, `budget ${max}, payload ${exactBytes}`).toBe(engineModeFor(exactBytes, max));
    if (d.exact) expect(d.gzipBytes).toBe(exactBytes);
  }
  // Far from the budget nothing is built; at the budget itself the index is built and measured.
  built = 0;
  decide(exactBytes + 3 * MODE_MARGIN_GZIP);
  decide(exactBytes - 3 * MODE_MARGIN_GZIP);
  expect(built).toBe(0);
  expect(decide(exactBytes).exact).toBe(true);
  expect(built).toBe(1);
  return { exactBytes, estimate };
}

describe("the search mode without calibrating the index", () => {
  test("the real catalog: agrees with the exact rule at any budget, and the app's mode is the exact one", () => {
    const catalog = real();
    const { exactBytes } = check(fromCatalog(catalog));
    expect(engineModeForCatalog(catalog)).toBe(engineModeFor(browserPayloadGzipBytes(serializeIndex(indexForCatalog(catalog)), cardsJsonForCatalog(catalog))));
    expect(engineModeFor(exactBytes)).toBe(engineModeForCatalog(catalog));
  });

  test("the real catalog grown to 1,000 scenarios (the dev preview's bench catalog)", () => {
    const catalog = grown(real(), 1000);
    expect(catalog.scenarios).toHaveLength(1000);
    check(fromCatalog(catalog));
    // The app's per-catalog decision on it, without a built index, agrees too.
    const fresh = grown(real(), 1000);
    expect(engineModeForCatalog(fresh)).toBe(engineModeFor(browserPayloadGzipBytes(serializeIndex(indexForCatalog(fresh)), cardsJsonForCatalog(fresh))));
  });

  test.each([1000, 10_000])("the real catalog grown with synthetic scenarios to %i", (n) => {
    const c = synthetic(n);
    expect(c.docs).toHaveLength(n);
    check(c);
  }, 180_000);

  test("the check fails for a decision whose estimate is off, or that never measures near the budget", () => {
    const c = fromCatalog(real());
    // An estimate without the cards: several KB low.
    expect(() => check(c, (input) => decideEngineMode({ ...input, cardsGzip: 0 }))).toThrow();
    // The estimate alone, with no exact fallback: wrong in the few bytes between estimate and payload.
    expect(() => check(c, (input) => ({ ...decideEngineMode({ ...input, max: 1e12 }), mode: engineModeFor(decideEngineMode({ ...input, max: 1e12 }).gzipBytes, input.max) }))).toThrow();
  });
});
