import { defineConfig, devices } from "@playwright/test";
import { findChromium, noChromiumMessage } from "./e2e/support/chromium.ts";
import { e2eDatabaseName, embeddedPostgresSocketDir, postgresUrl } from "./e2e/support/database.ts";

const chromiumPath = findChromium();
if (!chromiumPath) {
  // Said once and plainly, instead of each test's launch error with its stack.
  console.error(noChromiumMessage());
  process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  globalSetup: "./e2e/global-setup.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous: on our 2-core machines Chromium and the app server share the cores with a second
  // worker, and the flows that add and complete milestones timed out at 60 s / 10 s (at the start of
  // this session's code as well as after it).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    // Dates follow the browser's locale ("20 Jan 2027" in en-GB, "Jan 20, 2027" in en-US): the
    // specs expect en-GB's; e2e/locale.spec.ts checks both.
    locale: "en-GB",
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    actionTimeout: 20_000,
    navigationTimeout: 40_000,
    launchOptions: {
      // Debian's Chromium: the machines cannot download Playwright's browser builds.
      executablePath: chromiumPath,
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
  webServer: {
    // Builds when the sources changed, migrates the run's database (creating it; on a machine
    // without PostgreSQL, starting embedded PostgreSQL first), then serves the production build.
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/api/auth/csrf`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      DATABASE_URL: postgresUrl(e2eDatabaseName()),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET ?? "waymark-e2e-secret-0123456789abcdef",
      E2E_PORT: String(port),
      ...(embeddedPostgresSocketDir() ? { E2E_PGLITE_SOCKET_DIR: embeddedPostgresSocketDir()! } : {}),
      // Every test signs up its own users from this machine: exempt it from per-address limits.
      RATE_LIMIT_ALLOWLIST: "127.0.0.1,::1",
    },
  },
});
