import crypto from "node:crypto";
import { graphql, narrow, type Operation, type VariablesOf } from "./graphql.js";
import type { Actor, OperationArgs } from "./server.js";

// Seed factories that go through the public API, so every row they make is one a user could have made.
// Each call makes unique data, so tests sharing a server never collide.

const unique = () => crypto.randomUUID().slice(0, 8);

/** What the factories need of a server: `execute` for typed documents (TestServer's, or one of a server process). */
export interface Executor {
  execute<TData, TVariables>(document: Operation<TData, TVariables>, ...args: OperationArgs<TVariables>): Promise<TData>;
}

/** The members of a mutation's result union that are not errors (every error type's name ends in `Error`). */
export type Success<TPayload> = Exclude<TPayload, { __typename: `${string}Error` }>;

/** Runs a mutation and returns its success payload, failing loudly on any error member of the result union. */
export async function mutate<TData extends Record<string, { __typename: string }>, TVariables>(
  server: Executor,
  as: Actor,
  document: Operation<TData, TVariables>,
  variables: TVariables,
): Promise<Success<TData[keyof TData]>> {
  // The variables and actor as execute takes them (there, variables may be left out when none is required).
  const data = await server.execute(document, ...([variables, as] as OperationArgs<TVariables>));
  // The mutation's one field: its result union.
  const result = Object.values(data)[0] as TData[keyof TData];
  if (result.__typename.endsWith("Error")) {
    const error: { __typename: string; message?: string; issues?: unknown } = result;
    throw new Error(`${error.__typename}: ${error.message} ${JSON.stringify(error.issues ?? "")}`);
  }
  return result as Success<TData[keyof TData]>;
}

/** The error members' fields, spread into a result union as `...ErrorFields` (unmasked: read without readFragment). */
export const ErrorFields = graphql(`
  fragment ErrorFields on Error @_unmask {
    __typename code message
    ... on ValidationError { issues { path message } }
    ... on ConflictError { currentVersion }
  }
`);

export interface ClaimRef {
  id: string;
  version: number;
}

const CreateApiKey = graphql(
  `mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
    ... on CreateApiKeySuccess { secret apiKey { id prefix version scopes } } ...ErrorFields } }`,
  [ErrorFields],
);
const CreateEvent = graphql(
  `mutation CreateEvent($input: CreateEventInput!) { createEvent(input: $input) { __typename
    ... on CreateEventSuccess { event { id title } } ...ErrorFields } }`,
  [ErrorFields],
);
const CreateEntity = graphql(
  `mutation CreateEntity($input: CreateEntityInput!) { createEntity(input: $input) { __typename
    ... on CreateEntitySuccess { entity { id name } } ...ErrorFields } }`,
  [ErrorFields],
);
const AddSource = graphql(
  `mutation AddSource($input: AddSourceInput!) { addSource(input: $input) { __typename
    ... on AddSourceSuccess { created source { id url } } ...ErrorFields } }`,
  [ErrorFields],
);
const CreateClaim = graphql(
  `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
    ... on CreateClaimSuccess { claim { id version text } } ...ErrorFields } }`,
  [ErrorFields],
);
const AddEvidence = graphql(
  `mutation AddEvidence($input: AddEvidenceInput!) { addEvidence(input: $input) { __typename
    ... on AddEvidenceSuccess { evidence { id version stance source { id url } } } ...ErrorFields } }`,
  [ErrorFields],
);
const RateClaim = graphql(
  `mutation RateClaim($input: RateClaimInput!) { rateClaim(input: $input) { __typename
    ... on RateClaimSuccess { rating { id label current } } ...ErrorFields } }`,
  [ErrorFields],
);
const PublishVerdict = graphql(
  `mutation PublishVerdict($input: PublishVerdictInput!) { publishVerdict(input: $input) { __typename
    ... on PublishVerdictSuccess { verdict { id version state label } } ...ErrorFields } }`,
  [ErrorFields],
);
const AddMedia = graphql(
  `mutation AddMedia($input: AddMediaInput!) { addMedia(input: $input) { __typename
    ... on AddMediaSuccess { media { id version } } ...ErrorFields } }`,
  [ErrorFields],
);
const SetMediaVerification = graphql(
  `mutation SetMediaVerification($input: SetMediaVerificationInput!) { setMediaVerification(input: $input) { __typename
    ... on SetMediaVerificationSuccess { media { id version } } ...ErrorFields } }`,
  [ErrorFields],
);
const RetractVerdict = graphql(
  `mutation RetractVerdict($input: RetractVerdictInput!) { retractVerdict(input: $input) { __typename
    ... on RetractVerdictSuccess { verdict { id version } } ...ErrorFields } }`,
  [ErrorFields],
);
const ClaimVersion = graphql(`query ClaimVersion($id: ID!) { node(id: $id) { ... on Claim { version } } }`);

/** A factory's `input`: any of the mutation's input fields, over the factory's defaults. */
type InputOf<TDocument> = Partial<VariablesOf<TDocument> extends { input: infer TInput } ? TInput : never>;
export type ApiKeyInput = InputOf<typeof CreateApiKey>;
type MediaVerification = NonNullable<VariablesOf<typeof SetMediaVerification>["input"]["verification"]>;

export function factories(server: Executor) {
  return {
    /** A partner's API key (as an admin); `secret` is the bearer token. */
    async apiKey(as: Actor, input: ApiKeyInput = {}) {
      const r = await mutate(server, as, CreateApiKey, {
        input: { name: `Partner ${unique()}`, scopes: ["VERDICTS_READ"], ...input },
      });
      return { ...r.apiKey, secret: r.secret };
    },
    async event(as: Actor, input: InputOf<typeof CreateEvent> = {}) {
      const r = await mutate(server, as, CreateEvent, { input: { title: `Event ${unique()}`, ...input } });
      return r.event;
    },
    async entity(as: Actor, input: InputOf<typeof CreateEntity> = {}) {
      const r = await mutate(server, as, CreateEntity, { input: { kind: "PERSON", name: `Person ${unique()}`, ...input } });
      return r.entity;
    },
    async source(as: Actor, input: InputOf<typeof AddSource> = {}) {
      const r = await mutate(server, as, AddSource, { input: { url: `https://news.example/${unique()}`, ...input } });
      return r.source;
    },
    async claim(as: Actor, input: InputOf<typeof CreateClaim> = {}): Promise<ClaimRef & { text: string }> {
      const r = await mutate(server, as, CreateClaim, {
        input: { text: `Claim ${unique()}: the river flooded 12 villages.`, kind: "STATEMENT", ...input },
      });
      return r.claim;
    },
    async evidence(as: Actor, claimId: string, input: InputOf<typeof AddEvidence> = {}) {
      const r = await mutate(server, as, AddEvidence, {
        input: {
          claim: claimId,
          source: { url: `https://evidence.example/${unique()}` },
          stance: "REFUTES",
          excerpt: "The official count was lower.",
          ...input,
        },
      });
      return r.evidence;
    },
    async rating(as: Actor, claimId: string, input: InputOf<typeof RateClaim> = {}) {
      const r = await mutate(server, as, RateClaim, {
        input: { claim: claimId, label: "FALSE", confidence: 80, rationale: "The record says otherwise.", ...input },
      });
      return r.rating;
    },
    async verdict(as: Actor, claimId: string, evidenceIds: string[], input: InputOf<typeof PublishVerdict> = {}) {
      const r = await mutate(server, as, PublishVerdict, {
        input: {
          claim: claimId,
          label: "FALSE",
          headline: "No, it did not happen",
          summary: "Records show otherwise.",
          citedEvidence: evidenceIds,
          ...input,
        },
      });
      return r.verdict;
    },
    /** A media item shown with a claim (as an editor); it is UNVERIFIED until `verification` rates it. */
    async media(as: Actor, claimId: string, input: InputOf<typeof AddMedia> = {}) {
      const r = await mutate(server, as, AddMedia, {
        input: {
          claims: [claimId],
          kind: "VIDEO",
          url: `https://video.example/${unique()}.mp4`,
          graphic: false,
          description: "A flooded street.",
          ...input,
        },
      });
      return r.media;
    },
    /** Sets a media item's verification, at the version given. */
    async verification(as: Actor, media: { id: string; version: number }, verification: MediaVerification) {
      const r = await mutate(server, as, SetMediaVerification, {
        input: { id: media.id, expectedVersion: media.version, verification },
      });
      return r.media;
    },
    /** Retracts a published verdict (as an editor), at the version given. */
    async retraction(as: Actor, verdict: { id: string; version: number }, reason = "The records were forged.") {
      const r = await mutate(server, as, RetractVerdict, { input: { id: verdict.id, expectedVersion: verdict.version, reason } });
      return r.verdict;
    },
    async claimVersion(as: Actor, claimId: string): Promise<number> {
      const data = await server.execute(ClaimVersion, { id: claimId }, as);
      return narrow(data.node, "Claim").version;
    },
  };
}
