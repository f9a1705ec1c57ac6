import { defineConfig } from "vitest/config";

/** End-to-end tests: real Chromium (Debian's /usr/bin/chromium via playwright-core) against the real sandbox. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ["test/e2e/global-setup.ts"],
  },
});
