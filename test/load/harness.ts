import fs from "node:fs";
import { createScratchDatabase, type ScratchDatabase } from "../testkit/database.js";
import { factories } from "../testkit/factories.js";
import { graphql, requestBody, type Operation, type WireBody } from "../testkit/graphql.js";
import { signInOverHttp, startServerProcess, type ProcessOperationArgs, type ServerProcess } from "../testkit/process.js";
import { expectNoErrors, type Actor, type OperationArgs } from "../testkit/server.js";

// A FactDesk process on a scratch PostgreSQL database, seeded through its API, for the load and fault tests.

/** FACTDESK_LOAD_LONG=1: the long form (60 s of mixed load); the default is a short form that fits in `pnpm test`. */
export const LONG = process.env.FACTDESK_LOAD_LONG === "1";

export const ADMIN = { email: "admin@load.test", password: "a long admin passphrase for load" };

export interface LoadServer {
  server: ServerProcess;
  scratch: ScratchDatabase;
  close(): Promise<void>;
}

/** Starts FactDesk on a new database (through `connectThrough` when given) with rate limits out of the way. */
export async function startLoadServer(
  env: Record<string, string> = {},
  connectThrough?: (databaseUrl: string) => Promise<string>,
): Promise<LoadServer> {
  const scratch = await createScratchDatabase("postgres");
  try {
    const databaseUrl = connectThrough ? await connectThrough(scratch.databaseUrl!) : scratch.databaseUrl!;
    const server = await startServerProcess({
      DATABASE_URL: databaseUrl,
      FACTDESK_ADMIN_EMAIL: ADMIN.email,
      FACTDESK_ADMIN_PASSWORD: ADMIN.password,
      FACTDESK_LOG_LEVEL: "warn",
      FACTDESK_ANONYMOUS_PER_MINUTE: "100000000",
      FACTDESK_USER_PER_MINUTE: "100000000",
      FACTDESK_API_KEY_PER_MINUTE: "100000000",
      ...env,
    });
    return {
      server,
      scratch,
      async close() {
        await server.stop("SIGKILL");
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

export interface Desk {
  reviewer: string;
  /** Reviewers the writes rotate through (see mixedRequest). */
  reviewers: string[];
  editor: string;
  claims: string[];
  verdict: string;
}

/** Claims with evidence and ratings, and one published verdict, made over HTTP as a desk would. */
export async function seedDesk(server: ServerProcess, claimCount = 30, reviewerCount = 8): Promise<Desk> {
  const admin = (await signInOverHttp(server, ADMIN.email, ADMIN.password))!;
  // The factories only need `execute`; they run against this process as they do against an in-process server.
  async function execute<TData, TVariables>(document: Operation<TData, TVariables>, ...[variables, as]: OperationArgs<TVariables>) {
    return expectNoErrors(await server.request(document, ...([variables, as?.token ?? null] as ProcessOperationArgs<TVariables>)));
  }
  const bearer = (role: Actor["role"], token: string): Actor => ({ id: null, email: null, role, token });
  const user = async (role: "REVIEWER" | "EDITOR", n = 0) => {
    const email = `${role.toLowerCase()}-${n}@load.test`;
    await execute(
      graphql(`mutation CreateUser($i: CreateUserInput!) { createUser(input: $i) { __typename } }`),
      { i: { email, name: role, role, password: "a user password" } },
      bearer("ADMIN", admin),
    );
    return (await signInOverHttp(server, email, "a user password"))!;
  };
  const reviewers = await Promise.all(Array.from({ length: reviewerCount }, (_, n) => user("REVIEWER", n)));
  const reviewer = reviewers[0]!;
  const editor = await user("EDITOR");
  const make = factories({ execute });
  const claims: string[] = [];
  let verdict = "";
  for (let i = 0; i < claimCount; i++) {
    const claim = await make.claim(bearer("REVIEWER", reviewer));
    const evidence = await make.evidence(bearer("REVIEWER", reviewer), claim.id);
    await make.rating(bearer("REVIEWER", reviewer), claim.id);
    if (i === 0) verdict = (await make.verdict(bearer("EDITOR", editor), claim.id, [evidence.id])).id;
    claims.push(claim.id);
  }
  return { reviewer, reviewers, editor, claims, verdict };
}

export const QUEUE_PAGE = graphql(`query QueuePage { claims(first: 20) { totalCount edges { node { id text status
  appearances(first: 3) { edges { node { id excerpt source { id url } } } } ratings(first: 1) { totalCount } verdict { id label } } } } }`);
export const CLAIM_DESK = graphql(`query ClaimDesk($id: ID!) { node(id: $id) { id ... on Claim { text status version
  evidence(first: 10) { edges { node { id stance excerpt source { url } } } } ratings(first: 10) { totalCount edges { node { id label confidence } } }
  verdict { id label headline } } } }`);
export const VERDICT_PAGE = graphql(`query VerdictPage($id: ID!) { node(id: $id) { id ... on Verdict { state headline label claimReview
  claim { id verdicts(first: 10) { edges { node { id state headline } } } } } } }`);
export const RATE_CLAIM = graphql(`mutation RateClaim($input: RateClaimInput!) { rateClaim(input: $input) { __typename
  ... on RateClaimSuccess { rating { id } } ... on Error { code } } }`);
export const ADD_EVIDENCE = graphql(`mutation AddEvidence($input: AddEvidenceInput!) { addEvidence(input: $input) { __typename
  ... on AddEvidenceSuccess { evidence { id } } ... on Error { code } } }`);

/**
 * The i-th request of the mixed workload: nine reads (queue page, claim desk, verdict page) to one write, as the
 * reviewer `token` names. Writes walk through every (reviewer, claim) pair in turn, so one reviewer never rates
 * one claim twice at once: with 30 claims and 8 reviewers a pair comes back 240 writes later, far more than can
 * be in flight within the request deadline. (Two concurrent rateClaim calls by one reviewer on one claim answer
 * `internal` today: a unique-index race in services/ratings.ts, reported separately.)
 */
export function mixedRequest(desk: Desk, i: number): { body: WireBody; write: boolean; token: string } {
  const claim = desk.claims[i % desk.claims.length]!;
  if (i % 10 === 9) {
    const write = Math.floor(i / 10);
    const pair = write % (desk.reviewers.length * desk.claims.length);
    const token = desk.reviewers[pair % desk.reviewers.length]!;
    const target = desk.claims[Math.floor(pair / desk.reviewers.length)]!;
    return write % 2 === 0
      ? {
          body: requestBody(RATE_CLAIM, {
            input: { claim: target, label: "MISLEADING", confidence: 60, rationale: `Load rating ${i}` },
          }),
          write: true,
          token,
        }
      : {
          body: requestBody(ADD_EVIDENCE, {
            input: { claim: target, source: { url: `https://load.example/${i}` }, stance: "CONTEXT", excerpt: `Load evidence ${i}` },
          }),
          write: true,
          token,
        };
  }
  const token = desk.reviewer;
  const read = i % 3;
  if (read === 0) return { body: requestBody(QUEUE_PAGE, {}), write: false, token };
  if (read === 1) return { body: requestBody(CLAIM_DESK, { id: claim }), write: false, token };
  return { body: requestBody(VERDICT_PAGE, { id: desk.verdict }), write: false, token };
}

/** Resident memory of a process, in bytes (Linux). */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** Samples a process' RSS every `everyMs` until stopped. */
export function sampleRss(pid: number, everyMs = 250) {
  const samples: { at: number; rss: number }[] = [];
  const timer = setInterval(() => {
    try {
      samples.push({ at: Date.now(), rss: rssOf(pid) });
    } catch {
      // the process is gone; the test sees that on its own
    }
  }, everyMs);
  return {
    samples,
    stop: () => clearInterval(timer),
  };
}

export const MiB = 1024 * 1024;
