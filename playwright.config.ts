import { defineConfig, devices } from "@playwright/test";

export const port = Number(process.env.E2E_PORT ?? 3100);
export const agentPort = Number(process.env.E2E_AGENT_PORT ?? port + 1);
// A third server with a rate limit of 3 a minute, for the 429 test (tests/e2e/hostile.spec.ts).
export const limitPort = Number(process.env.E2E_LIMIT_PORT ?? port + 10);
export const lowRateLimit = 3;
// A fourth server with the same low limit that trusts no proxy (the default): X-Forwarded-For is ignored.
export const trustNonePort = Number(process.env.E2E_TRUST_NONE_PORT ?? limitPort + 1);
// Non-ASCII on purpose: browsers send Basic credentials as UTF-8 (tests/e2e/agent-edition.spec.ts).
export const agentPassword = process.env.E2E_AGENT_PASSWORD ?? "e2e-agent-pässwörd-Ω";
// Debian's chromium by default; set CHROMIUM_PATH (or leave it unset where Playwright's own browsers exist).
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
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
        launchOptions: {
          executablePath,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  // The builds run first (npm test); these only serve them: the customer edition, and the agent
  // edition behind its password (tests/e2e/agent-edition.spec.ts).
  webServer: [
    {
      command: `node server.mjs -H 127.0.0.1 -p ${port}`,
      // Every test shares one client key ("local"), so the API's limit is raised here, not removed.
      env: { FIXPATH_RATE_LIMIT: "100000" },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${agentPort}`,
      // Trusting the loopback proxy lets each test be its own client (X-Forwarded-For), so the
      // password-throttle tests cannot lock the other agent tests out.
      env: { NEXT_DIST_DIR: process.env.AGENT_DIST_DIR ?? ".next-agent", FIXPATH_AGENT_PASSWORD: agentPassword, FIXPATH_TRUSTED_PROXIES: "loopback" },
      url: `http://127.0.0.1:${agentPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${limitPort}`,
      env: { FIXPATH_RATE_LIMIT: String(lowRateLimit), FIXPATH_TRUSTED_PROXIES: "loopback" },
      url: `http://127.0.0.1:${limitPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${trustNonePort}`,
      env: { FIXPATH_RATE_LIMIT: String(lowRateLimit) },
      url: `http://127.0.0.1:${trustNonePort}/robots.txt`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
