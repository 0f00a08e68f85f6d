import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow, narrowError } from "../testkit/graphql.js";
import { rawId } from "../testkit/ids.js";
import { startWebhookReceiver, verifyFactDeskSignature, type Respond, type WebhookReceiver } from "../testkit/webhook-receiver.js";

// Webhooks: admins register endpoints; the changes partners asked for are enqueued in their own transaction and
// POSTed, signed, to a real receiver on 127.0.0.1, retried with backoff, visible to admins, and replayable.

const CreateWebhook = graphql(
  `mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { __typename
    ... on CreateWebhookSubscriptionSuccess { secret subscription { id version url events active } } ...ErrorFields } }`,
  [ErrorFields],
);
const UpdateWebhook = graphql(
  `mutation UpdateWebhook($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { __typename
    ... on UpdateWebhookSubscriptionSuccess { subscription { id version events active } } ...ErrorFields } }`,
  [ErrorFields],
);
const RotateWebhookSecret = graphql(
  `mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { __typename
    ... on RotateWebhookSecretSuccess { secret subscription { id version } } ...ErrorFields } }`,
  [ErrorFields],
);
const DeleteWebhook = graphql(
  `mutation DeleteWebhook($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { __typename
    ... on DeleteWebhookSubscriptionSuccess { deletedId } ...ErrorFields } }`,
  [ErrorFields],
);
const ReplayDelivery = graphql(
  `mutation ReplayDelivery($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { __typename
    ... on ReplayWebhookDeliverySuccess { delivery { id status attempts } } ...ErrorFields } }`,
  [ErrorFields],
);
const Webhooks = graphql(`
  query Webhooks {
    webhookSubscriptions(first: 50) {
      edges { node { id url events active
        deliveries(first: 20) { edges { node { id deliveryId event status attempts lastStatus lastError nextAttemptAt deliveredAt } } }
      } }
    }
  }
`);
const CorrectVerdict = graphql(
  `mutation CorrectVerdict($input: CorrectVerdictInput!) { correctVerdict(input: $input) { __typename
    ... on CorrectVerdictSuccess { verdict { id version } } ...ErrorFields } }`,
  [ErrorFields],
);

type Event = "VERDICT_PUBLISHED" | "VERDICT_CORRECTED" | "VERDICT_RETRACTED" | "CLAIM_CREATED" | "MEDIA_VERIFIED";

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: SignedInActor;
let editor: SignedInActor;
const cleanup: (() => Promise<unknown>)[] = [];
const poll = { timeout: 30_000, interval: 50 };

beforeAll(async () => {
  server = await startTestServer({
    config: (defaults) => ({
      webhooks: { ...defaults.webhooks, retryBaseMs: 100, maxAttempts: 3, timeoutMs: 5_000, pollMs: 100, allowPrivate: true },
    }),
  });
  make = factories(server);
  reviewer = await server.createUser("REVIEWER");
  editor = await server.createUser("EDITOR");
});
afterAll(() => server?.close());
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A receiver and an endpoint registered for it; both go away after the test. */
async function endpoint(events: Event[], respond?: Respond) {
  const receiver = await startWebhookReceiver(respond);
  const created = await mutate(server, server.admin, CreateWebhook, { input: { name: "Partner newsroom", url: receiver.url, events } });
  cleanup.push(() => receiver.close());
  cleanup.push(async () => {
    const current = await server.app.database.prisma.webhookSubscription.findUnique({ where: { id: rawId(created.subscription.id) } });
    if (current)
      await mutate(server, server.admin, DeleteWebhook, { input: { id: created.subscription.id, expectedVersion: current.version } });
  });
  return { receiver, secret: created.secret, subscription: created.subscription };
}

async function deliveriesOf(subscriptionId: string) {
  const data = await server.execute(Webhooks, {}, server.admin);
  const node = data.webhookSubscriptions.edges.find((e) => e.node?.id === subscriptionId)?.node;
  return (node?.deliveries.edges ?? []).map((e) => e.node!);
}

async function publishedVerdict() {
  const claim = await make.claim(reviewer);
  const evidence = await make.evidence(reviewer, claim.id);
  const verdict = await make.verdict(editor, claim.id, [evidence.id]);
  return { claim, verdict };
}

const arrived = (receiver: WebhookReceiver, count: number) =>
  expect.poll(() => receiver.received.length, poll).toBeGreaterThanOrEqual(count);

describe("deliveries", () => {
  it("POSTs a signed verdict.published with the ClaimReview; the README's check accepts it and rejects a changed body", async () => {
    const { receiver, secret } = await endpoint(["VERDICT_PUBLISHED"]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const { claim, verdict } = await publishedVerdict();
    await arrived(receiver, 1);
    const [hit] = receiver.received;
    expect(hit!.event).toBe("verdict.published");
    expect(hit!.json).toMatchObject({
      id: hit!.deliveryId,
      event: "verdict.published",
      data: {
        verdictId: verdict.id,
        claimId: claim.id,
        label: "FALSE",
        claimReview: { "@type": "ClaimReview", claimReviewed: claim.text },
      },
    });
    expect(hit!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyFactDeskSignature(secret, hit!.signature, hit!.body)).toBe(true);
    expect(verifyFactDeskSignature(secret, hit!.signature, hit!.body.replace("FALSE", "TRUE"))).toBe(false);
    expect(verifyFactDeskSignature(`${secret}x`, hit!.signature, hit!.body)).toBe(false);
    expect(verifyFactDeskSignature(secret, hit!.signature, hit!.body, Date.now() + 10 * 60_000)).toBe(false);
    // Creating the claim was not asked for: only the one event came.
    expect(receiver.received.map((r) => r.event)).toEqual(["verdict.published"]);
  });

  it("sends claim.created, media.verified, verdict.corrected and verdict.retracted to the endpoints that want them", async () => {
    const { receiver } = await endpoint(["CLAIM_CREATED", "MEDIA_VERIFIED", "VERDICT_CORRECTED", "VERDICT_RETRACTED"]);
    const { claim, verdict } = await publishedVerdict();
    const media = await make.media(editor, claim.id, { url: "https://video.example/clip" });
    await make.verification(editor, media, "DECONTEXTUALIZED");
    const corrected = await mutate(server, editor, CorrectVerdict, {
      input: { id: verdict.id, expectedVersion: verdict.version, headline: "No, it never happened", reason: "Clearer headline." },
    });
    await make.retraction(editor, corrected.verdict, "The records were forged.");
    await arrived(receiver, 4);
    await expect
      .poll(() => receiver.received.map((r) => r.event).sort(), poll)
      .toEqual(["claim.created", "media.verified", "verdict.corrected", "verdict.retracted"]);
    const data = (event: string) => receiver.received.find((r) => r.event === event)!.json.data;
    expect(data("claim.created")).toMatchObject({ claimId: claim.id, text: claim.text, kind: "STATEMENT" });
    expect(data("media.verified")).toMatchObject({
      mediaId: media.id,
      url: "https://video.example/clip",
      graphic: false,
      verification: "DECONTEXTUALIZED",
      claimIds: [claim.id],
    });
    expect(data("verdict.corrected")).toMatchObject({ verdictId: verdict.id, claimReview: { headline: "No, it never happened" } });
    expect(data("verdict.retracted")).toMatchObject({ verdictId: verdict.id, reason: "The records were forged." });
    expect(data("verdict.retracted").retractedAt).toEqual(expect.any(String));
  });

  it("sends media.verified again when a verified item is corrected (here: found to be graphic), not for an unverified one", async () => {
    const { receiver } = await endpoint(["MEDIA_VERIFIED"]);
    const claim = await make.claim(reviewer);
    const UpdateMedia = graphql(
      `mutation UpdateMediaForWebhook($input: UpdateMediaInput!) { updateMedia(input: $input) { __typename
      ... on UpdateMediaSuccess { media { id version } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const unverified = await make.media(editor, claim.id);
    await mutate(server, editor, UpdateMedia, { input: { id: unverified.id, expectedVersion: 1, graphic: true } });
    const media = await make.verification(editor, await make.media(editor, claim.id, { graphic: false }), "ORIGINAL");
    // A hedge is not in the payload: correcting it tells partners nothing new.
    const hedged = await mutate(server, editor, UpdateMedia, {
      input: { id: media.id, expectedVersion: media.version, hedge: "reportedly" },
    });
    await mutate(server, editor, UpdateMedia, { input: { id: media.id, expectedVersion: hedged.media.version, graphic: true } });
    await arrived(receiver, 2);
    await expect.poll(() => receiver.received.map((r) => String(r.json.data.graphic)).sort(), poll).toEqual(["false", "true"]);
    expect(receiver.received.map((r) => r.json.data.mediaId)).toEqual([media.id, media.id]);
    expect(new Set(receiver.received.map((r) => r.deliveryId)).size).toBe(2);
  });

  it("retries after failures with the same delivery id, and the receiver applies the effect once", async () => {
    // The first time the receiver applies the delivery but its answer is a 500 (as if the acknowledgement were
    // lost), then it fails outright; the retries carry the same id, so the third attempt is recognised.
    const answers = [{ applyThenAnswer: 500 }, 500, 200];
    const { receiver, subscription } = await endpoint(["CLAIM_CREATED"], (_r, i) => answers[i] ?? 200);
    const claim = await make.claim(reviewer);
    await arrived(receiver, 3);
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.deliveryId)).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(receiver.effects()).toBe(1);
    expect(receiver.received[0]!.json.data.claimId).toBe(claim.id);
    await expect.poll(async () => (await deliveriesOf(subscription.id))[0]?.status, poll).toBe("DELIVERED");
    const [row] = await deliveriesOf(subscription.id);
    expect(row).toMatchObject({
      deliveryId: receiver.received[0]!.deliveryId,
      event: "CLAIM_CREATED",
      attempts: 3,
      lastStatus: 200,
      lastError: null,
    });
  });

  it("gives up after the configured attempts with the last error shown, and a replay delivers it, once", async () => {
    const { receiver, subscription } = await endpoint(["CLAIM_CREATED"], () => 503);
    await make.claim(reviewer);
    await expect.poll(async () => (await deliveriesOf(subscription.id))[0]?.status, poll).toBe("FAILED");
    const [failed] = await deliveriesOf(subscription.id);
    expect(failed).toMatchObject({ attempts: 3, lastStatus: 503, lastError: "HTTP 503: receiver says no" });
    expect(receiver.received).toHaveLength(3);

    receiver.respond = () => 200;
    const replayed = await mutate(server, server.admin, ReplayDelivery, { input: { id: failed!.id } });
    expect(replayed.delivery).toMatchObject({ status: "PENDING", attempts: 0 });
    await expect.poll(() => receiver.applied.size, poll).toBe(1);
    await expect.poll(async () => (await deliveriesOf(subscription.id))[0]?.status, poll).toBe("DELIVERED");
    // Replaying a delivered one sends the same id again: the receiver answers 2xx and applies nothing twice.
    await mutate(server, server.admin, ReplayDelivery, { input: { id: failed!.id } });
    await arrived(receiver, 5);
    expect(new Set(receiver.received.map((r) => r.deliveryId)).size).toBe(1);
    expect(receiver.effects()).toBe(1);
  });

  it("records an endpoint's error answer that holds a NUL byte, and still gives up after the configured attempts", async () => {
    // The receiver's answer is the partner's to write; PostgreSQL cannot store a NUL in the delivery's lastError.
    const hostile = http.createServer((_req, res) =>
      res.writeHead(500, { "content-type": "text/plain" }).end("broken\u0000 \u001b[2Jpage"),
    );
    await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
    cleanup.push(() => new Promise((resolve) => hostile.close(resolve)));
    const url = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/hooks`;
    const { subscription } = await mutate(server, server.admin, CreateWebhook, {
      input: { name: "Broken partner", url, events: ["CLAIM_CREATED"] },
    });
    cleanup.push(async () => {
      const current = await server.app.database.prisma.webhookSubscription.findUniqueOrThrow({ where: { id: rawId(subscription.id) } });
      await mutate(server, server.admin, DeleteWebhook, { input: { id: subscription.id, expectedVersion: current.version } });
    });
    await make.claim(reviewer);
    await expect.poll(async () => (await deliveriesOf(subscription.id))[0]?.status, poll).toBe("FAILED");
    const [failed] = await deliveriesOf(subscription.id);
    expect(failed).toMatchObject({ attempts: 3, lastStatus: 500, lastError: "HTTP 500: broken [2Jpage" });
  });

  it("signs with the new secret after a rotation, and sends nothing to a paused endpoint", async () => {
    const { receiver, subscription, secret } = await endpoint(["CLAIM_CREATED"]);
    const rotated = await mutate(server, server.admin, RotateWebhookSecret, {
      input: { id: subscription.id, expectedVersion: subscription.version },
    });
    expect(rotated.secret).not.toBe(secret);
    await make.claim(reviewer);
    await arrived(receiver, 1);
    expect(verifyFactDeskSignature(rotated.secret, receiver.received[0]!.signature, receiver.received[0]!.body)).toBe(true);
    expect(verifyFactDeskSignature(secret, receiver.received[0]!.signature, receiver.received[0]!.body)).toBe(false);

    const paused = await mutate(server, server.admin, UpdateWebhook, {
      input: { id: subscription.id, expectedVersion: rotated.subscription.version, active: false },
    });
    expect(paused.subscription.active).toBe(false);
    await make.claim(reviewer);
    expect(await deliveriesOf(subscription.id)).toHaveLength(1);
  });

  it("never writes a secret to the audit log", async () => {
    const { secret, subscription } = await endpoint(["CLAIM_CREATED"]);
    const rotated = await mutate(server, server.admin, RotateWebhookSecret, {
      input: { id: subscription.id, expectedVersion: subscription.version },
    });
    const entries = await server.app.database.prisma.auditEntry.findMany({
      where: { entityId: rawId(subscription.id) },
      select: { action: true, before: true, after: true },
      orderBy: { seq: "asc" },
    });
    expect(entries.map((e) => e.action)).toEqual(["webhook.create", "webhook.rotate_secret"]);
    expect(JSON.stringify(entries)).not.toContain(secret);
    expect(JSON.stringify(entries)).not.toContain(rotated.secret);
  });
});

describe("who may manage webhooks, and where they may point", () => {
  it("is for admins only", async () => {
    const refused = await server.execute(
      CreateWebhook,
      { input: { name: "x", url: "https://partner.example/hook", events: ["CLAIM_CREATED"] } },
      editor,
    );
    expect(narrowError(refused.createWebhookSubscription).code).toBe("auth/forbidden");
    const listed = await server.request(Webhooks, {}, reviewer);
    expect(listed.errors?.[0]?.extensions?.code).toBe("auth/forbidden");
  });

  it.each([
    ["ftp://partner.example/hook", "webhook/invalid_url"],
    ["not a url", "webhook/invalid_url"],
    ["https://user:pass@partner.example/hook", "webhook/invalid_url"],
  ])("refuses %s with %s", async (url, code) => {
    const result = await server.execute(CreateWebhook, { input: { name: "x", url, events: ["CLAIM_CREATED"] } }, server.admin);
    const error = narrowError(result.createWebhookSubscription);
    expect(error.code).toBe(code);
    expect(narrow(error, "ValidationError").issues[0]!.path).toEqual(["input", "url"]);
  });

  it("refuses no events", async () => {
    const result = await server.execute(
      CreateWebhook,
      { input: { name: "x", url: "https://partner.example/h", events: [] } },
      server.admin,
    );
    expect(narrowError(result.createWebhookSubscription).code).toBe("input/invalid");
  });

  describe("without FACTDESK_WEBHOOK_ALLOW_PRIVATE", () => {
    let strict: TestServer;
    beforeAll(async () => {
      strict = await startTestServer({
        config: (defaults) => ({ webhooks: { ...defaults.webhooks, retryBaseMs: 100, maxAttempts: 1, pollMs: 100, allowPrivate: false } }),
      });
    });
    afterAll(() => strict?.close());

    it.each([
      "http://127.0.0.1:8080/hook",
      "http://localhost/hook",
      "http://10.1.2.3/hook",
      "http://192.168.0.7/hook",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/hook",
      "http://[fe80::1]/hook",
      "http://[::ffff:127.0.0.1]/hook",
    ])("refuses %s", async (url) => {
      const result = await strict.execute(CreateWebhook, { input: { name: "x", url, events: ["CLAIM_CREATED"] } }, strict.admin);
      expect(narrowError(result.createWebhookSubscription).code).toBe("webhook/private_address");
    });

    it("refuses a name that resolves to a private address when it is registered", async () => {
      // The machine's own name resolves to its loopback or private address (/etc/hosts, a container's network).
      const url = `http://${os.hostname()}/hook`;
      const result = await strict.execute(CreateWebhook, { input: { name: "x", url, events: ["CLAIM_CREATED"] } }, strict.admin);
      expect(narrowError(result.createWebhookSubscription)).toMatchObject({
        code: "webhook/private_address",
        message: expect.stringContaining(`${os.hostname()} resolves to a private, loopback or link-local address`),
      });
    });

    // An address written in the URL, and a name that resolves to a private address (checked where the connection
    // is made, so a name whose address changes after registration cannot reach the desk's network either).
    it.each([
      ["an address", (port: number) => `http://127.0.0.1:${port}/hooks`],
      ["a name", (port: number) => `http://localhost:${port}/hooks`],
    ])("checks %s again when delivering, and sends nothing to a private one", async (_kind, urlOf) => {
      const receiver = await startWebhookReceiver();
      cleanup.push(() => receiver.close());
      const created = await mutate(strict, strict.admin, CreateWebhook, {
        input: { name: "Partner", url: "https://partner.example/hook", events: ["CLAIM_CREATED"] },
      });
      // As if the endpoint's address had become private since it was registered.
      await strict.app.database.prisma.webhookSubscription.update({
        where: { id: rawId(created.subscription.id) },
        data: { url: urlOf(receiver.port) },
      });
      await factories(strict).claim(strict.admin);
      const row = async () =>
        strict.app.database.prisma.webhookDelivery.findFirst({ where: { subscriptionId: rawId(created.subscription.id) } });
      await expect.poll(async () => (await row())?.status, poll).toBe("FAILED");
      expect((await row())?.lastError).toContain("private address");
      expect(receiver.received).toHaveLength(0);
      // The next case's claim is for its own endpoint only.
      await strict.app.database.prisma.webhookSubscription.delete({ where: { id: rawId(created.subscription.id) } });
    });
  });
});
