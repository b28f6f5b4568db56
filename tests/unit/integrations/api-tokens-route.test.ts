import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { checkContent } from "@/lib/content/load";

type Route = typeof import("@/app/api/diagnose/route");
const token = "route-test-token-0123456789abcdef";

/** The route module as a server started with FIXPATH_API_TOKENS = `tokens` would load it. */
async function routeWithTokens(tokens: string | undefined): Promise<Route> {
  vi.stubEnv("FIXPATH_API_TOKENS", tokens);
  vi.resetModules();
  const route = await import("@/app/api/diagnose/route");
  vi.stubEnv("FIXPATH_API_TOKENS", undefined);
  return route;
}

beforeAll(() => {
  vi.stubEnv("NODE_ENV", "production");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

// A scenario with a signature and steps, from the catalog (never hard-coded).
// (The route reads the catalog compiled by `next build`, as api-route.test.ts does: npm test builds first.)
const scenario = checkContent(process.cwd(), "customer").catalog.scenarios.find((s) => s.signatures.length > 0 && s.steps.length > 0)!;
const post = (headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/api/diagnose", {
    method: "POST",
    body: JSON.stringify({ text: scenario.signatures[0] }),
    headers: { "content-type": "application/json", ...headers },
  });

describe("/api/diagnose with FIXPATH_API_TOKENS", () => {
  test("a valid token is answered; a wrong or missing one is 401 with a JSON error", async () => {
    const route = await routeWithTokens(`other-token-abcdefghijklmnopqrstu,${token}`);
    expect((await route.POST(post({ authorization: `Bearer ${token}` }))).status).toBe(200);
    const wrong = await route.POST(post({ authorization: `Bearer ${token}-nope` }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await wrong.json()).toEqual({ error: "the API token is not valid" });
    expect((await route.POST(post())).status).toBe(401);
    expect((await route.GET(new Request(`http://127.0.0.1/api/diagnose?q=x`))).status).toBe(401);
  });

  test("with no token configured the API stays open", async () => {
    const route = await routeWithTokens(undefined);
    expect((await route.POST(post())).status).toBe(200);
    expect((await route.POST(post({ authorization: "Bearer anything-at-all-here-1234567" }))).status).toBe(200);
  });
});

describe("each match carries its first steps and a reply", () => {
  test("the steps are the scenario's first steps and the reply holds them and the scenario's link", async () => {
    const route = await routeWithTokens(undefined);
    const { matches } = (await (await route.POST(post())).json()) as {
      matches: Array<{ slug: string; url: string; steps: Array<{ id: string; text: string; internal: boolean }>; reply: string }>;
    };
    const hit = matches.find((m) => m.slug === scenario.id);
    expect(hit).toBeDefined();
    expect(hit!.steps.map((s) => s.id)).toEqual(scenario.steps.slice(0, hit!.steps.length).map((s) => s.id));
    expect(hit!.steps.length).toBe(Math.min(3, scenario.steps.length));
    for (const step of scenario.steps.filter((s) => !s.internal)) expect(hit!.reply).toContain(step.text);
    expect(hit!.reply).toContain(scenario.url);
    expect(hit!.reply).toContain(scenario.summary.trim());
  });
});
