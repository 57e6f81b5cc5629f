import { defineConfig } from "vitest/config";

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export default defineConfig({
  // Pothos and Apollo load graphql's CommonJS build; make test files use that same copy
  // (graphql refuses to mix its ESM and CJS instances).
  // "@/…" is the project root, as in tsconfig.json.
  // "server-only" (the first import of every server module) throws outside React's server
  // condition, which Next applies to server code; tests are server code: its empty module.
  resolve: {
    alias: {
      graphql: require.resolve("graphql"),
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
      "@": fileURLToPath(new URL(".", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["server/**/*.test.ts", "domain/**/*.test.ts", "graphql/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
