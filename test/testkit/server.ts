import crypto from "node:crypto";
import { readConfig, type Config } from "../../packages/server/src/config.js";
import { startFactDesk, type RunningFactDesk } from "../../packages/server/src/start.js";
import type { Logger } from "../../packages/server/src/logger.js";
import { loadDemoDesk } from "../../packages/server/src/seed/demo-desk.js";
import { createSession } from "../../packages/server/src/services/sessions.js";
import { globalId } from "./ids.js";
import { createScratchDatabase, testDbKind, type ScratchDatabase } from "./database.js";
import { graphql, wireDocument, type Operation } from "./graphql.js";

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
}

/** Someone the tests act as: a signed-in user (with their bearer token) or an anonymous visitor. */
export interface Actor {
  id: string | null;
  email: string | null;
  role: "REVIEWER" | "EDITOR" | "ADMIN" | "ANONYMOUS";
  token: string | null;
}

/** A signed-in user: what `signIn` and `createUser` return. */
export interface SignedInActor extends Actor {
  id: string;
  email: string;
  token: string;
}

/** The arguments after a document: its variables (optional when none is required), then who sends it. */
export type OperationArgs<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables, as?: Actor] : [variables: TVariables, as?: Actor];

export const anonymous: Actor = { id: null, email: null, role: "ANONYMOUS", token: null };

/** A partner sending an API key (`Authorization: Bearer fdk_…`): no user behind it. */
export const apiKeyActor = (secret: string): Actor => ({ ...anonymous, token: secret });

export interface TestServer {
  url: string;
  kind: "pglite" | "postgres";
  admin: SignedInActor;
  app: RunningFactDesk;
  /**
   * Sends a typed, named operation (a `graphql()` document from ./graphql.ts) over HTTP, as `anonymous` unless `as`
   * is given, and returns the parsed response, typed from the document.
   */
  request<TData, TVariables>(document: Operation<TData, TVariables>, ...args: OperationArgs<TVariables>): Promise<GraphQLResponse<TData>>;
  /** Like `request`, but fails the test on any GraphQL error and returns `data`. */
  execute<TData, TVariables>(document: Operation<TData, TVariables>, ...args: OperationArgs<TVariables>): Promise<TData>;
  /**
   * The escape hatch: sends `source` exactly as given, unchecked and untyped, for tests that must send what the
   * schema would reject or what no typed document can say (hostile, malformed or over-limit queries, queries built
   * at run time). Everything else goes through `request`/`execute`.
   */
  requestRaw(source: string, variables?: Record<string, unknown>, as?: Actor): Promise<GraphQLResponse<unknown>>;
  /** Creates a user with a unique email through the API (as admin) and signs them in. */
  createUser(role: "REVIEWER" | "EDITOR" | "ADMIN", name?: string): Promise<SignedInActor>;
  signIn(email: string, password: string): Promise<SignedInActor>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  demo?: boolean;
  kind?: "pglite" | "postgres";
  /** A PGlite data folder to use instead of an in-memory database. */
  dataDir?: string;
  /** Configuration to change (limits, rate limits, security); the rest is the defaults. */
  config?: (defaults: Config) => Partial<Config>;
  /**
   * How the admin gets a session: by signing in over the API (default), or straight from the session service, for
   * servers whose limits would refuse the sign-in request itself.
   */
  adminSession?: "api" | "direct";
  /** PostgreSQL only: the address the server connects to, given the scratch database's (to put a proxy between). */
  connectThrough?: (databaseUrl: string) => Promise<string>;
  /** The server's JSON log (e.g. createLogger(level, destination) to read its lines); by default none is written. */
  logger?: Logger;
}

/**
 * Rate limits for suites that are not about rate limits: tests fire hundreds of requests a minute from one
 * address. The limits themselves are tested with the defaults (test/security, test/api/partner-access).
 */
const generousRateLimits = (defaults: Config): Config["rateLimits"] => ({
  ...defaults.rateLimits,
  anonymousPerMinute: 100_000,
  userPerMinute: 100_000,
  apiKeyPerMinute: 100_000,
  signInFailuresBeforeDelay: 1_000,
  signInFailuresPerIpPerHour: 100_000,
});

export function expectNoErrors<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data as T;
}

export const ADMIN_PASSWORD = "admin-password-for-tests";

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { __typename ... on SignInSuccess { token user { id role } } ... on Error { message } }
  }
`);
const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { __typename ... on Error { message } } }
`);

async function directSession(app: RunningFactDesk, email: string): Promise<SignedInActor> {
  const user = await app.database.prisma.user.findUniqueOrThrow({ where: { email } });
  const { token } = await createSession(app.database.prisma, user.id);
  return { id: globalId("User", user.id), email, role: "ADMIN", token };
}

/** Starts a real FactDesk (HTTP on a free port) on a fresh database of the suite's kind. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const kind = options.kind ?? testDbKind();
  const scratch: ScratchDatabase = await createScratchDatabase(kind, options.dataDir);
  const adminEmail = `admin-${crypto.randomUUID().slice(0, 8)}@test.factdesk`;
  const defaults = readConfig({});
  const app = await startFactDesk(
    {
      ...defaults,
      rateLimits: generousRateLimits(defaults),
      ...options.config?.(defaults),
      databaseUrl: scratch.databaseUrl && options.connectThrough ? await options.connectThrough(scratch.databaseUrl) : scratch.databaseUrl,
      dataDir: scratch.dataDir,
      embeddedTemplate: scratch.embeddedTemplate,
      port: 0,
      demo: false,
      adminEmail,
      adminPassword: ADMIN_PASSWORD,
      exposeSqlStatementCount: true,
      // The request log would bury the test output; FACTDESK_TEST_LOG_LEVEL=info shows it.
      logLevel: (process.env.FACTDESK_TEST_LOG_LEVEL as Config["logLevel"] | undefined) ?? "silent",
    },
    () => {},
    options.logger ? { logger: options.logger } : {},
  );
  if (options.demo) await loadDemoDesk(app.database.prisma);

  const post = async (body: { query: string; operationName?: string; variables?: unknown }, as: Actor = anonymous) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(as.token ? { authorization: `Bearer ${as.token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return (await response.json()) as GraphQLResponse<unknown>;
  };
  const request = (async (document: Operation<unknown, never>, variables?: unknown, as?: Actor) =>
    post({ ...wireDocument(document), variables }, as)) as TestServer["request"];
  const execute = (async (document: Operation<unknown, never>, variables?: unknown, as?: Actor) =>
    expectNoErrors(await post({ ...wireDocument(document), variables }, as))) as TestServer["execute"];
  const requestRaw: TestServer["requestRaw"] = (query, variables, as) => post({ query, variables }, as);

  const signIn = async (email: string, password: string): Promise<SignedInActor> => {
    const data = await execute(SignIn, { input: { email, password } });
    if (data.signIn.__typename !== "SignInSuccess") throw new Error(`Sign-in failed: ${data.signIn.message}`);
    return { id: data.signIn.user.id, email, role: data.signIn.user.role, token: data.signIn.token };
  };
  const admin = options.adminSession === "direct" ? await directSession(app, adminEmail) : await signIn(adminEmail, ADMIN_PASSWORD);

  let counter = 0;
  const createUser: TestServer["createUser"] = async (role, name) => {
    counter += 1;
    const email = `${role.toLowerCase()}-${counter}-${crypto.randomUUID().slice(0, 8)}@test.factdesk`;
    const password = `password-${crypto.randomUUID()}`;
    const data = await execute(CreateUser, { input: { email, password, role, name: name ?? `${role.toLowerCase()} ${counter}` } }, admin);
    if (data.createUser.__typename !== "CreateUserSuccess") throw new Error(`createUser failed: ${data.createUser.message}`);
    return signIn(email, password);
  };

  return {
    url: app.url,
    kind,
    admin,
    app,
    request,
    execute,
    requestRaw,
    createUser,
    signIn,
    async close() {
      await app.close();
      await scratch.drop();
    },
  };
}
