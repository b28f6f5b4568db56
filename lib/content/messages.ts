import type { Catalog } from "./types";

/** One exact string a user sees (a signature), with the scenario that explains it. */
export interface MessageEntry {
  text: string;
  scenario: { id: string; title: string; url: string };
  system: string;
}

export interface MessageSection<K extends string = string> {
  key: K;
  entries: MessageEntry[];
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
/** Sorts on the words, not on the quotes, slashes or brackets a message may start with. */
const sortKey = (text: string) => text.replace(/^[^\p{L}\p{N}]+/u, "");

/** The index letter: A to Z, or # for a message that starts with a digit or anything else. */
export function indexLetter(text: string): string {
  const first = sortKey(text).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

/** Every signature of the catalog with its scenario, A to Z. Pure. */
export function messageIndex(catalog: Catalog): MessageEntry[] {
  const entries = catalog.scenarios.flatMap((s) =>
    s.signatures.map((text) => ({ text, system: s.system, scenario: { id: s.id, title: s.title, url: s.url } })),
  );
  return entries.sort((a, b) => collator.compare(sortKey(a.text), sortKey(b.text)) || collator.compare(a.scenario.id, b.scenario.id));
}

/** The A-to-Z index cut by letter, # first (as reference indexes put codes before words). */
export function byLetter(entries: MessageEntry[]): MessageSection[] {
  const sections = new Map<string, MessageEntry[]>();
  for (const e of entries) sections.set(indexLetter(e.text), [...(sections.get(indexLetter(e.text)) ?? []), e]);
  return [...sections].map(([key, list]) => ({ key, entries: list })).sort((a, b) => (a.key === "#" ? -1 : b.key === "#" ? 1 : a.key.localeCompare(b.key)));
}

/** The same entries per system, in the catalog's order of systems, each A to Z. */
export function bySystem(entries: MessageEntry[], catalog: Catalog): MessageSection[] {
  return catalog.systems
    .map((s) => ({ key: s.id, entries: entries.filter((e) => e.system === s.id) }))
    .filter((s) => s.entries.length > 0);
}
