import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // "server-only" throws outside Next's server bundles; the tests import the server edge on purpose.
    alias: { "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
    // One seed for every property test: a run is reproducible (tests/support/fast-check-seed.ts).
    setupFiles: ["tests/support/fast-check-seed.ts"],
    testTimeout: 60_000,
  },
});
