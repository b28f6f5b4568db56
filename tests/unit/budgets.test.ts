import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { assertBuilt, firstLoadChunks, firstLoadKb, htmlScripts, pageRoutes, searchIndexKb } from "./build-output";

const budgets = z
  .object({
    firstLoadJsKb: z.record(z.string(), z.number().positive()),
    defaultFirstLoadJsKb: z.number().positive(),
    searchIndexKb: z.number().positive(),
  })
  .parse(JSON.parse(readFileSync("tests/budgets.json", "utf8")));

const round = (kb: number) => Math.round(kb * 10) / 10;

describe("performance budgets (tests/budgets.json) on the built app", () => {
  beforeAll(assertBuilt);

  test("the way first-load JS is counted matches what a prerendered page's HTML actually loads", () => {
    expect(firstLoadChunks("/")).toEqual(htmlScripts("index.html"));
    expect(firstLoadChunks("/_not-found")).toEqual(htmlScripts("_not-found.html"));
  });

  test("every page route's first-load JavaScript stays within its budget", () => {
    const routes = pageRoutes();
    expect(routes).toEqual(expect.arrayContaining(["/", "/diagnose", "/search", "/scenarios/[system]/[slug]"]));
    const over = routes
      .map((route) => ({ route, kb: round(firstLoadKb(route)), budget: budgets.firstLoadJsKb[route] ?? budgets.defaultFirstLoadJsKb }))
      .filter(({ kb, budget }) => kb > budget)
      .map(({ route, kb, budget }) => `${route}: ${kb} KB of first-load JS (gzip), over its budget of ${budget} KB`);
    expect(over).toEqual([]);
  });

  test("every budgeted route still exists, so that a renamed route does not silently lose its budget", () => {
    expect(pageRoutes()).toEqual(expect.arrayContaining(Object.keys(budgets.firstLoadJsKb)));
  });

  test("the browser's search index stays within its budget", () => {
    expect(round(searchIndexKb())).toBeLessThanOrEqual(budgets.searchIndexKb);
  });
});
