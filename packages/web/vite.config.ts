import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// `vite` serves the client with hot reload and forwards /graphql to a FactDesk server on :4000 (`pnpm start`;
// another with FACTDESK_API_URL), so the session cookie stays same-origin. `vite build` writes dist/, which the
// server serves at /.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/graphql": { target: process.env.FACTDESK_API_URL ?? "http://localhost:4000", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The bundle budget (bench/web-bundle.ts) follows the manifest to find what index.html loads up front.
    manifest: true,
    sourcemap: false,
    target: "es2022",
  },
  test: {
    name: "web",
    environment: "happy-dom",
    include: ["src/**/*.test.tsx"],
  },
});
