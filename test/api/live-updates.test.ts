import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, apiKeyActor, startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { factories } from "../testkit/factories.js";
import { graphql } from "../testkit/graphql.js";
import { follow } from "../testkit/live.js";

// Live updates: subscriptions over Server-Sent Events. Two reviewers on one claim see each other's evidence and
// ratings as they are saved; the queue and the public hear about new claims and published verdicts. (Across
// instances, through Redis: instances-share-caches.test.ts.)

const ClaimUpdated = graphql(`subscription ClaimUpdated($id: ID!) {
  claimUpdated(id: $id) { id status evidence(first: 10) { totalCount } ratings(first: 10) { totalCount } }
}`);
const QueueChanged = graphql(`subscription QueueChanged { queueChanged { action claim { id text } } }`);
const VerdictPublished = graphql(`subscription VerdictPublished { verdictPublished { id headline } }`);

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: SignedInActor, colleague: SignedInActor, editor: SignedInActor;

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  [reviewer, colleague, editor] = [
    await server.createUser("REVIEWER"),
    await server.createUser("REVIEWER"),
    await server.createUser("EDITOR"),
  ];
});
afterAll(() => server?.close());

describe("claimUpdated", () => {
  it("shows a reviewer the evidence and rating a colleague saves on the same claim", async () => {
    const claim = await make.claim(reviewer);
    const live = await follow(server.url, reviewer, ClaimUpdated, { id: claim.id });
    try {
      await make.evidence(colleague, claim.id);
      const afterEvidence = await live.next();
      expect(afterEvidence.errors).toBeUndefined();
      expect(afterEvidence.data?.claimUpdated).toMatchObject({ id: claim.id, evidence: { totalCount: 1 }, ratings: { totalCount: 0 } });

      await make.rating(colleague, claim.id, { label: "MISLEADING" });
      expect((await live.next()).data?.claimUpdated?.ratings.totalCount).toBe(1);
    } finally {
      live.close();
    }
  });

  it("stops following once the subscriber's session is signed out", async () => {
    const claim = await make.claim(reviewer);
    const watcher = await server.createUser("REVIEWER");
    const live = await follow(server.url, watcher, ClaimUpdated, { id: claim.id });
    try {
      await make.evidence(colleague, claim.id);
      expect((await live.next()).data?.claimUpdated?.evidence.totalCount).toBe(1);

      const out = await server.execute(graphql(`mutation SignOutWatcher { signOut { __typename } }`), {}, watcher);
      expect(out.signOut.__typename).toBe("SignOutSuccess");
      await make.rating(colleague, claim.id, { label: "MISLEADING" });
      const nothing = new Promise((resolve) => setTimeout(() => resolve("nothing"), 1500));
      expect(await Promise.race([live.next(), nothing])).toBe("nothing");
    } finally {
      live.close();
    }
  });

  it("stops following once the subscriber's API key is revoked", async () => {
    const claim = await make.claim(reviewer);
    const key = await make.apiKey(server.admin, { scopes: ["CLAIMS_READ"] });
    const live = await follow(server.url, apiKeyActor(key.secret), ClaimUpdated, { id: claim.id });
    try {
      await make.evidence(colleague, claim.id);
      expect((await live.next()).data?.claimUpdated?.evidence.totalCount).toBe(1);

      const revoked = await server.execute(
        graphql(`mutation RevokeFollowingKey($id: ID!) { revokeApiKey(input: { id: $id, expectedVersion: 1 }) { __typename } }`),
        { id: key.id },
        server.admin,
      );
      expect(revoked.revokeApiKey.__typename).toBe("RevokeApiKeySuccess");
      await make.rating(colleague, claim.id, { label: "MISLEADING" });
      const nothing = new Promise((resolve) => setTimeout(() => resolve("nothing"), 1500));
      expect(await Promise.race([live.next(), nothing])).toBe("nothing");
    } finally {
      live.close();
    }
  });

  it("is for the desk only: an anonymous subscriber gets an error, not the claim", async () => {
    const claim = await make.claim(reviewer);
    await expect(
      (async () => {
        const live = await follow(server.url, anonymous, ClaimUpdated, { id: claim.id });
        try {
          return await live.next();
        } finally {
          live.close();
        }
      })(),
    ).resolves.toMatchObject({ errors: [expect.objectContaining({ message: expect.any(String) })] });
  });
});

describe("queueChanged and verdictPublished", () => {
  it("tell the queue about a new claim and everyone about a published verdict", async () => {
    const queue = await follow(server.url, reviewer, QueueChanged);
    const readers = await follow(server.url, anonymous, VerdictPublished);
    try {
      const claim = await make.claim(colleague, { text: `A tip about the ${crypto.randomUUID()} bridge` });
      expect((await queue.next()).data?.queueChanged).toMatchObject({ action: "claim.create", claim: { id: claim.id } });

      const evidence = await make.evidence(colleague, claim.id);
      await make.rating(colleague, claim.id);
      const verdict = await make.verdict(editor, claim.id, [evidence.id], { headline: "No, the bridge stood" });
      expect((await readers.next()).data?.verdictPublished).toEqual({ id: verdict.id, headline: "No, the bridge stood" });
    } finally {
      queue.close();
      readers.close();
    }
  });
});
