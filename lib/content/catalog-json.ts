import type { Catalog } from "./types";

/** The public download: every scenario with its matching fields and remedy steps as plain text. */
export function toCatalogJson(catalog: Catalog) {
  return {
    edition: catalog.edition,
    systems: catalog.systems.map((s) => ({
      id: s.id,
      name: s.name,
      shortName: s.shortName,
      vendor: s.vendor,
      groupBy: s.groupBy,
      groups: s.groups.map(({ id, label }) => ({ id, label })),
      url: `/systems/${s.id}`,
    })),
    scenarios: catalog.scenarios.map((s) => {
      const owner = catalog.systems.find((x) => x.id === s.system);
      return {
        id: s.id,
        url: s.url,
        title: s.title,
        system: s.system,
        [owner?.groupBy ?? "group"]: s.group,
        summary: s.summary,
        signatures: s.signatures,
        symptoms: s.symptoms,
        // `was`: earlier ids of a renamed step, so an integration keyed on step ids can follow it.
        steps: s.steps.map(({ id, text, was }) => (was.length > 0 ? { id, text, was } : { id, text })),
        related: s.related,
      };
    }),
  };
}
