import fs from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createScratchDatabase, testDbKind, type ScratchDatabase } from "../testkit/database.js";
import { signInOverHttp, startServerProcess, tempDataDir, type ServerProcess } from "../testkit/process.js";
import { graphql } from "../testkit/graphql.js";
import { ErrorFields } from "../testkit/factories.js";
import { startWebhookReceiver, type WebhookReceiver } from "../testkit/webhook-receiver.js";

// No delivery is lost when the server dies between the commit of a change and the delivery of its webhook: the
// delivery row was committed with the change, so the next start sends it, with the same id, and the receiver
// applies it once. The built server runs as a process and is killed with SIGKILL (no drain, nothing finished).

const ADMIN_EMAIL = "webhook-crash-admin@test.factdesk";
const ADMIN_PASSWORD = "webhook-crash-password";

const CreateWebhook = graphql(
  `mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { __typename
    ... on CreateWebhookSubscriptionSuccess { subscription { id } } ...ErrorFields } }`,
  [ErrorFields],
);
const CreateClaim = graphql(
  `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
    ... on CreateClaimSuccess { claim { id } } ...ErrorFields } }`,
  [ErrorFields],
);
const Deliveries = graphql(`
  query Deliveries { webhookSubscriptions(first: 5) { edges { node { deliveries(first: 5) { edges { node { status deliveryId } } } } } } }
`);

let scratch: ScratchDatabase;
let dataDir: string | undefined;
let receiver: WebhookReceiver;
const servers: ServerProcess[] = [];

const env = () => ({
  ...(scratch.databaseUrl ? { DATABASE_URL: scratch.databaseUrl } : { FACTDESK_DATA_DIR: dataDir }),
  FACTDESK_DEMO: "0",
  FACTDESK_ADMIN_EMAIL: ADMIN_EMAIL,
  FACTDESK_ADMIN_PASSWORD: ADMIN_PASSWORD,
  FACTDESK_WEBHOOK_ALLOW_PRIVATE: "1",
  // An attempt the receiver never answers is given up after 1.5 s; the restarted server waits out the dead one's
  // lease (twice that) before claiming the delivery again.
  FACTDESK_WEBHOOK_TIMEOUT_MS: "1500",
  FACTDESK_WEBHOOK_RETRY_BASE_MS: "100",
  FACTDESK_WEBHOOK_POLL_MS: "100",
});

beforeAll(async () => {
  if (testDbKind() === "pglite") dataDir = tempDataDir("webhook-crash");
  scratch = await createScratchDatabase(testDbKind(), dataDir);
});
afterAll(async () => {
  for (const server of servers) await server.stop("SIGKILL");
  await receiver?.close();
  await scratch?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

it("delivers, exactly once, a webhook whose server was killed after the commit and before the delivery", async () => {
  // The first attempt reaches the receiver, which holds it without answering (nothing is applied): the server is
  // killed while the delivery is still undelivered.
  receiver = await startWebhookReceiver((_request, index) => (index === 0 ? "hang" : 200));
  const first = await startServerProcess(env());
  servers.push(first);
  const token = (await signInOverHttp(first, ADMIN_EMAIL, ADMIN_PASSWORD))!;
  const created = await first.request(CreateWebhook, { input: { name: "Partner", url: receiver.url, events: ["CLAIM_CREATED"] } }, token);
  expect(created.data?.createWebhookSubscription.__typename).toBe("CreateWebhookSubscriptionSuccess");
  const claim = await first.request(
    CreateClaim,
    { input: { text: "The bridge at Jisr al-Shughur was destroyed.", kind: "STATEMENT" } },
    token,
  );
  expect(claim.data?.createClaim.__typename, JSON.stringify(claim) + first.stdout().slice(-4000)).toBe("CreateClaimSuccess");

  await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(1);
  first.child.kill("SIGKILL");
  await first.exited;
  expect(receiver.applied.size).toBe(0);

  const second = await startServerProcess(env());
  servers.push(second);
  await expect.poll(() => receiver.applied.size, { timeout: 60_000, interval: 100 }).toBe(1);
  const [hung, delivered] = receiver.received;
  expect(delivered!.deliveryId).toBe(hung!.deliveryId);
  expect(delivered!.body).toBe(hung!.body);
  const claimId = claim.data?.createClaim.__typename === "CreateClaimSuccess" ? claim.data.createClaim.claim.id : "";
  expect(delivered!.json.data.claimId).toBe(claimId);

  const secondToken = (await signInOverHttp(second, ADMIN_EMAIL, ADMIN_PASSWORD))!;
  const status = async () => {
    const response = await second.request(Deliveries, {}, secondToken);
    return response.data?.webhookSubscriptions.edges[0]?.node?.deliveries.edges.map((e) => e.node?.status);
  };
  await expect.poll(status, { timeout: 30_000 }).toEqual(["DELIVERED"]);
  expect(receiver.effects()).toBe(1);
  // Two start-ups of the built server: slow on a busy machine (a generous limit, not a duration asserted).
}, 240_000);
