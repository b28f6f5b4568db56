// The dev preview's edit latency for `npm run bench:scale`, measured in-process (a real `next dev`
// with 1,000 scenarios is too heavy for this 2-core machine): content/ grown to `target` scenarios
// in a temporary root, read through the app's memoised loader (lib/content, keyed by the content
// fingerprint the preview's watcher polls). One edit: rewrite a scenario's .mdx with a new title,
// then time (a) the first getScenario() that returns the new title, and (b) a page's worth of calls
// after it (a scenario page asks 7+N times), (c) the watcher's next poll, which runs the catalog-wide
// rules (self-match, reachability) after the edit is shown, and (d) what every page's layout adds
// after an edit: the search box's props (cards and engine mode, which no longer calibrates a match index
// unless the payload is near the browser budget), and (e) what the first search after the edit then
// pays, off the page's path: the match index (/search-index.json or /api/search). Needs `tsx --conditions=react-server` (lib/content is
// server-only).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { growContent } from "./grow-content";

export interface EditLatency {
  scenarios: number;
  cold: number;
  /** Per edit: write → first getScenario() with the new title, in ms. */
  edit: number[];
  /** Per edit: the 12 further getX() calls of one page render, in ms. */
  page: number[];
  /** 12 getX() calls with nothing edited (each still checks the fingerprint), in ms. */
  idle: number[];
  /** Per edit: the poll after the page showed it, which runs the catalog-wide rules, in ms. */
  rules: number[];
  /** Per edit: the layout's searchProps for the new catalog (cards, engine mode), in ms. */
  search: number[];
  /** Per edit: the new catalog's match index, built by the first search after the edit, in ms. */
  index: number[];
}

export async function editLatency(target: number, runs = 12): Promise<EditLatency> {
  const grown = growContent(target);
  const before = process.env.FIXPATH_CONTENT_ROOT;
  process.env.FIXPATH_CONTENT_ROOT = grown.root;
  try {
    const content = await import("@/lib/content");
    const { searchProps } = await import("@/components/search/system-labels");
    const { indexForCatalog } = await import("@/lib/match");
    const t0 = performance.now();
    const scenarios = content.getScenarios().length;
    const cold = performance.now() - t0;
    const pageCalls = (system: string, id: string) => {
      content.getSystems();
      content.getSystem(system);
      for (let i = 0; i < 5; i++) content.getScenario(id);
      for (let i = 0; i < 5; i++) content.getScenarios(system);
    };
    content.polledContentVersion();
    const result: EditLatency = { scenarios, cold, edit: [], page: [], idle: [], rules: [], search: [], index: [] };
    for (let run = 0; run < runs; run++) {
      const path = grown.made[(run * 97) % grown.made.length]!;
      const [, system, file] = path.split("/");
      const id = `${system}/${file!.replace(/\.mdx$/, "")}`;
      const t1 = performance.now();
      pageCalls(system!, id);
      result.idle.push(performance.now() - t1);
      const title = `Edited ${run} ${"x".repeat(run + 1)}`;
      const text = readFileSync(join(grown.root, path), "utf8").replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
      writeFileSync(join(grown.root, path), text);
      const t2 = performance.now();
      const seen = content.getScenario(id)?.title;
      result.edit.push(performance.now() - t2);
      if (seen !== title) throw new Error(`edit not seen: ${id} has title ${JSON.stringify(seen)}`);
      const t3 = performance.now();
      pageCalls(system!, id);
      result.page.push(performance.now() - t3);
      const t4 = performance.now();
      searchProps(content.getCatalog());
      result.search.push(performance.now() - t4);
      const t6 = performance.now();
      indexForCatalog(content.getCatalog());
      result.index.push(performance.now() - t6);
      const t5 = performance.now();
      content.polledContentVersion();
      result.rules.push(performance.now() - t5);
    }
    return result;
  } finally {
    if (before === undefined) delete process.env.FIXPATH_CONTENT_ROOT;
    else process.env.FIXPATH_CONTENT_ROOT = before;
    grown.remove();
  }
}
