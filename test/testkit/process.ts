import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { graphql, wireDocument, type Operation } from "./graphql.js";
import type { GraphQLResponse } from "./server.js";

// FactDesk as its users run it: `node packages/server/dist/main.js`, what `pnpm start` runs (without pnpm, whose
// extra parent process would survive a SIGKILL aimed at the server, and with vitest's NODE_ENV=test where `pnpm start`
// sets production, so development-only checks stay on). The suite's global setup builds dist/ first
// (testkit/build-server.ts), so it is never stale.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const serverDir = path.join(repoRoot, "packages/server");

/** A port nobody listens on right now (PORT=0 would leave the printed URL unknown until start-up ends). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function tempDataDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `factdesk-${label}-`));
}

/** Environment for a child: ours minus anything FactDesk reads, plus `env`. */
function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of Object.keys(base)) {
    if (key.startsWith("FACTDESK_") || key === "DATABASE_URL" || key === "PORT") delete base[key];
  }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return { ...base, FORCE_COLOR: "0" };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The arguments after a document: its variables (optional when none is required), then the bearer token. */
export type ProcessOperationArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, token?: string | null]
    : [variables: TVariables, token?: string | null];

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process ends (whatever the reason). */
  exited: Promise<Exit>;
  /** Sends a typed, named operation (see TestServer.request) with `token` as the bearer, if any. */
  request<TData, TVariables>(
    document: Operation<TData, TVariables>,
    ...args: ProcessOperationArgs<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  /** The escape hatch (see TestServer.requestRaw): `source` as given, unchecked and untyped. */
  requestRaw(source: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<unknown>>;
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

function runNode(script: string, args: string[], env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ["--enable-source-maps", path.join(serverDir, "dist", script.replace(/\.ts$/, ".js")), ...args], {
    cwd: repoRoot,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) => {
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Runs the built `cli.js <args>` (what `pnpm db:migrate` / `pnpm db:demo` run from source) to completion. */
export async function runCli(args: string[], env: Record<string, string | undefined>): Promise<Exit> {
  return runNode("cli.ts", args, env).exited;
}

/** Resolves once the process has printed `text` on stdout; rejects with its output if it exits first. */
function waitForOutput(run: ReturnType<typeof runNode>, text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (run.stdout().includes(text)) {
        run.child.stdout!.off("data", onData);
        resolve();
      }
    };
    run.child.stdout!.on("data", onData);
    onData();
    void run.exited.then((exit) =>
      reject(
        new Error(`FactDesk exited before printing "${text}" (code ${exit.code}, signal ${exit.signal}):\n${exit.stdout}\n${exit.stderr}`),
      ),
    );
  });
}

/** Starts main.ts without waiting; `until(text)` resolves when it prints `text` (to act in the middle of start-up). */
export async function spawnServerProcess(env: Record<string, string | undefined>) {
  const port = Number(env.PORT ?? (await freePort()));
  const run = runNode("main.ts", [], { ...env, PORT: String(port) });
  return { ...run, port, until: (text: string) => waitForOutput(run, text) };
}

/** Starts main.ts and resolves once it prints its URL; rejects with its output if it exits first. */
export async function startServerProcess(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const run = await spawnServerProcess(env);
  const { port } = run;
  const url = `http://localhost:${port}`;
  await run.until("FactDesk is running:");
  const post = async (body: { query: string; operationName?: string; variables?: unknown }, token?: string | null) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as GraphQLResponse<unknown>;
  };
  // One implementation for every document type; the interface gives each call its document's types.
  const request = ((document: Operation<unknown, never>, variables?: unknown, token?: string | null) =>
    post({ ...wireDocument(document), variables }, token)) as ServerProcess["request"];
  const requestRaw: ServerProcess["requestRaw"] = (query, variables, token) => post({ query, variables }, token);
  return {
    child: run.child,
    url,
    port,
    stdout: run.stdout,
    stderr: run.stderr,
    exited: run.exited,
    request,
    requestRaw,
    async stop(signal = "SIGTERM") {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill(signal);
      return run.exited;
    },
  };
}

/** Starts main.ts expecting it to refuse to start; resolves with how it exited. */
export async function expectStartFailure(env: Record<string, string | undefined>): Promise<Exit> {
  const port = env.PORT ?? String(await freePort());
  const run = runNode("main.ts", [], { ...env, PORT: port });
  const exit = await run.exited;
  if (exit.stdout.includes("FactDesk is running:")) throw new Error(`FactDesk started although it should not have:\n${exit.stdout}`);
  return exit;
}

/** True when the output looks like a bare stack trace (what users must never get instead of a message). */
export const hasStackTrace = (output: string) => /^\s+at .+[(:]\d+/m.test(output);

const SignIn = graphql(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename ... on SignInSuccess { token } } }`);

export async function signInOverHttp(server: Pick<ServerProcess, "request">, email: string, password: string): Promise<string | null> {
  const response = await server.request(SignIn, { input: { email, password } });
  return response.data?.signIn.__typename === "SignInSuccess" ? response.data.signIn.token : null;
}
