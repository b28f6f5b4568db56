import { gzipSync } from "node:zlib";
import type { Catalog } from "@/lib/content/types";
import { indexForCatalog, serializeIndex } from "@/lib/match";
import { createEngine, type SearchEngine } from "./answer";
import { toSearchCards, type SearchCards } from "./cards";

/**
 * Server side only (node:zlib): the search engine for a catalog, and whether the browser can run it
 * itself. Above BROWSER_INDEX_MAX_GZIP of index and cards the browser asks /api/search instead, so a
 * catalog of thousands of scenarios never makes a page download megabytes before its first search.
 */
export const BROWSER_INDEX_MAX_GZIP = 150 * 1024;

export type EngineMode = "browser" | "server";

interface Built {
  engine: SearchEngine;
  cards: SearchCards;
  cardsJson: string;
  mode: EngineMode;
  gzipBytes: number;
}

// One per catalog object, as lib/match's indexForCatalog: built once per production process.
const built = new WeakMap<Catalog, Built>();

export function browserPayloadGzipBytes(indexJson: string, cardsJson: string): number {
  return gzipSync(indexJson).length + gzipSync(cardsJson).length;
}

/** Where the search runs for a browser payload of this many gzip bytes. */
export const engineModeFor = (gzipBytes: number): EngineMode => (gzipBytes <= BROWSER_INDEX_MAX_GZIP ? "browser" : "server");

function build(catalog: Catalog): Built {
  const hit = built.get(catalog);
  if (hit) return hit;
  const index = indexForCatalog(catalog);
  const cards = toSearchCards(catalog);
  const cardsJson = JSON.stringify(cards);
  const gzipBytes = browserPayloadGzipBytes(serializeIndex(index), cardsJson);
  const value: Built = {
    engine: createEngine(index, cards),
    cards,
    cardsJson,
    gzipBytes,
    mode: engineModeFor(gzipBytes),
  };
  built.set(catalog, value);
  return value;
}

export const engineForCatalog = (catalog: Catalog): SearchEngine => build(catalog).engine;
export const cardsForCatalog = (catalog: Catalog): SearchCards => build(catalog).cards;
export const cardsJsonForCatalog = (catalog: Catalog): string => build(catalog).cardsJson;
export const engineModeForCatalog = (catalog: Catalog): EngineMode => build(catalog).mode;
