import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mts";

export const port = Number(process.env.E2E_PORT ?? 3100);
export const agentPort = Number(process.env.E2E_AGENT_PORT ?? port + 1);
// A third server with a rate limit of 3 a minute, for the 429 test (tests/e2e/hostile.spec.ts).
export const limitPort = Number(process.env.E2E_LIMIT_PORT ?? port + 10);
export const lowRateLimit = 3;
// Host pages for the embed widget (tests/e2e/embed.spec.ts): the first is allowed to frame /embed.
export const embedHostPort = Number(process.env.E2E_EMBED_HOST_PORT ?? port + 20);
export const embedOtherPort = embedHostPort + 2;
// A fourth server with the same low limit that trusts no proxy (the default): X-Forwarded-For is ignored.
export const trustNonePort = Number(process.env.E2E_TRUST_NONE_PORT ?? limitPort + 1);
// Non-ASCII on purpose: browsers send Basic credentials as UTF-8 (tests/e2e/agent-edition.spec.ts).
export const agentPassword = process.env.E2E_AGENT_PASSWORD ?? "e2e-agent-pässwörd-Ω";
export const insightsPassword = process.env.E2E_INSIGHTS_PASSWORD ?? "e2e-insights-password";
// The agent server accepts this API token (tests/e2e/zendesk-app.spec.ts): FIXPATH_API_TOKENS.
export const e2eApiToken = "e2e-api-token-0123456789abcdefghij";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // No retries, in CI either: a retry hides a flaky test; fix the cause (e.g. wizard-helpers' waitForHydration).
  retries: 0,
  reporter: process.env.CI ? "list" : "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's chromium by default; set CHROMIUM_PATH to use another binary.
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  // The builds run first (npm test); these only serve them: the customer edition, and the agent
  // edition behind its password (tests/e2e/agent-edition.spec.ts).
  webServer: [
    {
      command: `node server.mjs -H 127.0.0.1 -p ${port}`,
      // Every test shares one client key ("local"), so the API's limit is raised here, not removed.
      env: { FIXPATH_DATA_DIR: ".data/e2e-1", FIXPATH_INSIGHTS_PASSWORD: insightsPassword, FIXPATH_RATE_LIMIT: "100000", FIXPATH_EMBED_ORIGINS: `http://127.0.0.1:${embedHostPort}` },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${agentPort}`,
      // Trusting the loopback proxy lets each test be its own client (X-Forwarded-For), so the
      // password-throttle tests cannot lock the other agent tests out.
      env: { FIXPATH_DATA_DIR: ".data/e2e-2", FIXPATH_INSIGHTS_PASSWORD: insightsPassword, NEXT_DIST_DIR: process.env.AGENT_DIST_DIR ?? ".next-agent", FIXPATH_AGENT_PASSWORD: agentPassword, FIXPATH_TRUSTED_PROXIES: "loopback", FIXPATH_API_TOKENS: e2eApiToken },
      url: `http://127.0.0.1:${agentPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${limitPort}`,
      env: { FIXPATH_DATA_DIR: ".data/e2e-3", FIXPATH_INSIGHTS_PASSWORD: insightsPassword, FIXPATH_RATE_LIMIT: String(lowRateLimit), FIXPATH_TRUSTED_PROXIES: "loopback" },
      url: `http://127.0.0.1:${limitPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${trustNonePort}`,
      env: { FIXPATH_DATA_DIR: ".data/e2e-4", FIXPATH_INSIGHTS_PASSWORD: insightsPassword, FIXPATH_RATE_LIMIT: String(lowRateLimit) },
      url: `http://127.0.0.1:${trustNonePort}/robots.txt`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
