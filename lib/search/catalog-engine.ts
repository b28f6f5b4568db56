import type { Catalog } from "@/lib/content/types";
import { indexForCatalog, serializeIndex, toMatchDocs } from "@/lib/match";
import { createEngine, type SearchEngine } from "./answer";
import { toSearchCards, type SearchCards } from "./cards";
import { decideEngineMode, gzipBytes, type EngineMode } from "./engine-mode";

/**
 * Server side only: the search engine for a catalog, its cards, and whether the browser can run it
 * itself (lib/search/engine-mode). Each is built once per catalog object and only when asked for:
 * a production process keeps its catalog; `next dev` hands out a new one after each edit, and every
 * page's layout asks for the cards and the mode, which no longer build (calibrate) the match index.
 * The index is built by what needs it: the /search page, /api/search and /search-index.json.
 */
export { BROWSER_INDEX_MAX_GZIP, browserPayloadGzipBytes, engineModeFor, type EngineMode } from "./engine-mode";

interface Cards {
  cards: SearchCards;
  cardsJson: string;
}

const cardsMemo = new WeakMap<Catalog, Cards>();
const engines = new WeakMap<Catalog, SearchEngine>();
const modes = new WeakMap<Catalog, EngineMode>();

function cardsOf(catalog: Catalog): Cards {
  let hit = cardsMemo.get(catalog);
  if (!hit) {
    const cards = toSearchCards(catalog);
    hit = { cards, cardsJson: JSON.stringify(cards) };
    cardsMemo.set(catalog, hit);
  }
  return hit;
}

export function engineForCatalog(catalog: Catalog): SearchEngine {
  let hit = engines.get(catalog);
  if (!hit) {
    hit = createEngine(indexForCatalog(catalog), cardsOf(catalog).cards);
    engines.set(catalog, hit);
  }
  return hit;
}

export const cardsForCatalog = (catalog: Catalog): SearchCards => cardsOf(catalog).cards;
export const cardsJsonForCatalog = (catalog: Catalog): string => cardsOf(catalog).cardsJson;

export function engineModeForCatalog(catalog: Catalog): EngineMode {
  let hit = modes.get(catalog);
  if (!hit) {
    hit = decideEngineMode({
      docs: toMatchDocs(catalog),
      cardsGzip: gzipBytes(cardsOf(catalog).cardsJson),
      exactIndexJson: () => serializeIndex(indexForCatalog(catalog)),
    }).mode;
    modes.set(catalog, hit);
  }
  return hit;
}
