import { defineConfig } from "prisma/config";

// Prisma's CLI is used only to generate the client and to author migrations offline
// (`prisma migrate diff`); FactDesk applies migrations itself at start-up (packages/server/src/migrate.ts).
// `engine: "js"` with an adapter keeps the CLI from downloading a native schema engine.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
});
