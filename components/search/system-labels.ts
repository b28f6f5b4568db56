import type { Catalog, System } from "@/lib/content";
import { cardsForCatalog, engineModeForCatalog, type EngineMode } from "@/lib/search/catalog-engine";
import type { PaletteBrowse } from "./palette";
import type { SystemLabels } from "./types";

export function systemLabels(systems: System[]): SystemLabels {
  return Object.fromEntries(systems.map((s) => [s.id, { shortName: s.shortName, name: s.name, accent: s.accent }]));
}

/** What every search box gets from the server: badges, where to search (browser or server), what to browse. */
export function searchProps(catalog: Catalog): { systems: SystemLabels; mode: EngineMode; browse: PaletteBrowse } {
  const cards = cardsForCatalog(catalog);
  const byId = new Map(cards.scenarios.map((c) => [c.id, c]));
  return {
    systems: systemLabels(catalog.systems),
    mode: engineModeForCatalog(catalog),
    browse: {
      systems: cards.systems.map(({ id, url, name, scenarioCount }) => ({ id, url, name, scenarioCount })),
      common: cards.common.flatMap((id) => {
        const c = byId.get(id);
        return c ? [{ id, url: c.url, title: c.title, system: c.system }] : [];
      }),
    },
  };
}
