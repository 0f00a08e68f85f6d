import fs from "node:fs";
import { freePort } from "../../test/testkit/process.js";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { build } from "esbuild";
import { benchDir, repoRoot, withApplicationName } from "./config.js";
import type { ServerName } from "./workloads.js";

export interface RunningServer {
  name: ServerName | "factdesk-counting";
  pid: number;
  url: string;
  /** The application_name its PostgreSQL connections carry. */
  applicationName: string;
  log(): string;
  stop(): Promise<void>;
}

const running = new Set<RunningServer>();
/** Stops every server this run started (also on Ctrl-C), so none is left listening. */
export async function stopAll() {
  await Promise.all([...running].map((s) => s.stop()));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

/** `pnpm --filter @factdesk/server build`: the production bundle `pnpm start` runs. */
export function buildFactDesk() {
  const result = spawnSync("pnpm", ["--filter", "@factdesk/server", "build"], { cwd: repoRoot, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`Building FactDesk failed:\n${result.stdout}\n${result.stderr}`);
}

const peerOut = path.join(benchDir, ".tmp", "servers");

/** Bundles the peer servers to plain JavaScript, so they run on node like FactDesk's build (no tsx at run time). */
export async function buildPeers() {
  await build({
    entryPoints: [path.join(benchDir, "servers/postgraphile.ts"), path.join(benchDir, "servers/baseline.ts")],
    outdir: peerOut,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
}

/** The environment without anything that would change how a server behaves (a developer's DATABASE_URL, Redis …). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith("FACTDESK_") || key === "DATABASE_URL" || key === "REDIS_URL" || key === "PORT" || key === "NODE_OPTIONS")
      delete env[key];
  }
  return env;
}

const LARGE = "1000000000";

interface StartOptions {
  databaseUrl: string;
  /** FactDesk only: report SQL statements per request (the counting pass). */
  countSql?: boolean;
}

export async function startServer(name: RunningServer["name"], opts: StartOptions): Promise<RunningServer> {
  const port = await freePort();
  const applicationName = `bench_${name.replace(/-/g, "_")}`;
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    PORT: String(port),
    DATABASE_URL: withApplicationName(opts.databaseUrl, applicationName),
    NODE_ENV: "production",
  };
  let script: string;
  if (name === "factdesk" || name === "factdesk-counting") {
    script = path.join(repoRoot, "packages/server/dist/main.js");
    Object.assign(env, {
      FACTDESK_ANONYMOUS_PER_MINUTE: LARGE,
      FACTDESK_USER_PER_MINUTE: LARGE,
      FACTDESK_API_KEY_PER_MINUTE: LARGE,
      FACTDESK_DEMO: "0",
      ...(opts.countSql ? { FACTDESK_EXPOSE_SQL_COUNT: "1" } : {}),
    });
  } else {
    script = path.join(peerOut, `${name}.mjs`);
  }
  if (!fs.existsSync(script)) throw new Error(`${script} is missing (build step skipped?)`);
  const child: ChildProcess = spawn(process.execPath, [script], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );

  const url = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    name,
    pid: child.pid!,
    url,
    applicationName,
    log: () => output,
    async stop() {
      running.delete(server);
      if (!exited) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
  running.add(server);

  const started = Date.now();
  const probe = name === "baseline" ? "/__bench/statements" : name === "postgraphile" ? "/graphql" : "/healthz";
  for (;;) {
    if (exited) throw new Error(`${name} exited during start-up:\n${output}`);
    try {
      const response =
        probe === "/graphql"
          ? await fetch(`${url}${probe}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: '{"query":"{ __typename }"}',
            })
          : await fetch(`${url}${probe}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) {
      await server.stop();
      throw new Error(`${name} did not start within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}
