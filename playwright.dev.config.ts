import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Proves the docs team's preview: `next dev` over a copy of content/ (.dev-content), edited by the test.
const port = Number(process.env.E2E_DEV_PORT ?? 3105);

export default defineConfig({
  ...base,
  testDir: "tests/e2e-dev",
  workers: 1,
  retries: 0,
  timeout: 120_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx next dev -H 127.0.0.1 -p ${port}`,
    env: { NEXT_DIST_DIR: ".next-dev", FIXPATH_CONTENT_ROOT: ".dev-content" },
    url: `http://127.0.0.1:${port}/api/dev/content-version`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
