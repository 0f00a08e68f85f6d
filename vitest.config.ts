import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// The API suites run twice: once on embedded PGlite, once on the PostgreSQL server (FACTDESK_TEST_DB).
export default defineConfig({
  // Node loads graphql's CommonJS build for the (external) Pothos and yoga packages; our sources must get the same
  // module instance, not the .mjs build Vite would pick.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    // The server built as users run it, and one migrated embedded database every in-memory PGlite test server
    // starts from.
    globalSetup: ["test/testkit/build-server.ts", "test/testkit/pglite-template.ts"],
    // Vitest's default (one worker per spare core) leaves one worker on these 2-core machines; most of a test's
    // time is spent waiting on the database, so two workers overlap well.
    maxWorkers: 2,
    // A worker keeps the modules it has loaded (the server's code, Playwright) from one test file to the next
    // instead of loading them again for each: a third of the suite's time went to those imports. Test files share
    // no state through modules: each starts its own server on its own database.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["packages/*/src/**/*.test.ts", "test/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "api-pglite", include: ["test/api/**/*.test.ts"], env: { FACTDESK_TEST_DB: "pglite" } },
      },
      {
        extends: true,
        test: { name: "api-postgres", include: ["test/api/**/*.test.ts"], env: { FACTDESK_TEST_DB: "postgres" } },
      },
      // The hostile-input flood against a FactDesk process on PostgreSQL (it measures that process's memory).
      { extends: true, test: { name: "security", include: ["test/security/**/*.test.ts"], testTimeout: 300_000 } },
      // Load and faults against a FactDesk process on PostgreSQL (test/load/): one file at a time, since each
      // drives the machine's cores. FACTDESK_LOAD_LONG=1 runs the long form.
      {
        extends: true,
        test: {
          name: "load",
          include: ["test/load/**/*.test.ts"],
          env: { FACTDESK_TEST_DB: "postgres" },
          fileParallelism: false,
          // After every other project, on a machine left to it.
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
        },
      },
      // Browser flows in Debian's Chromium against the built client (run `pnpm build` first) and a real server.
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.spec.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      // Web component tests (happy-dom), configured in packages/web/vite.config.ts.
      "packages/web",
    ],
  },
});
