import crypto from "node:crypto";
import type { Actor, TestServer } from "./server.js";

// Seed factories that go through the public API, so every row they make is one a user could have made.
// Each call makes unique data, so tests sharing a server never collide.

const unique = () => crypto.randomUUID().slice(0, 8);

/** Runs a mutation and returns its success payload, failing loudly on any error member of the result union. */
export async function mutate<T = any>(server: TestServer, as: Actor, document: string, variables: Record<string, unknown>): Promise<T> {
  const data = await server.execute<Record<string, { __typename: string; message?: string; issues?: unknown }>>(document, variables, as);
  const result = Object.values(data)[0]!;
  if (result.__typename.endsWith("Error")) {
    throw new Error(`${result.__typename}: ${result.message} ${JSON.stringify(result.issues ?? "")}`);
  }
  return result as T;
}

export const ERROR_FIELDS = `... on Error { __typename code message }
  ... on ValidationError { issues { path message } }
  ... on ConflictError { currentVersion }`;

export interface ClaimRef {
  id: string;
  version: number;
}

export function factories(server: TestServer) {
  return {
    /** A partner's API key (as an admin); `secret` is the bearer token. */
    async apiKey(as: Actor, input: Record<string, unknown> = {}) {
      const r = await mutate(
        server,
        as,
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
        ... on CreateApiKeySuccess { secret apiKey { id prefix version scopes } } ${ERROR_FIELDS} } }`,
        {
          input: { name: `Partner ${unique()}`, scopes: ["VERDICTS_READ"], ...input },
        },
      );
      return { ...r.apiKey, secret: r.secret } as { id: string; prefix: string; version: number; scopes: string[]; secret: string };
    },
    async event(as: Actor, input: Record<string, unknown> = {}) {
      const r = await mutate(
        server,
        as,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { __typename
        ... on CreateEventSuccess { event { id title } } ${ERROR_FIELDS} } }`,
        { input: { title: `Event ${unique()}`, ...input } },
      );
      return r.event as { id: string; title: string };
    },
    async entity(as: Actor, input: Record<string, unknown> = {}) {
      const r = await mutate(
        server,
        as,
        `mutation($input: CreateEntityInput!) { createEntity(input: $input) { __typename
        ... on CreateEntitySuccess { entity { id name } } ${ERROR_FIELDS} } }`,
        { input: { kind: "PERSON", name: `Person ${unique()}`, ...input } },
      );
      return r.entity as { id: string; name: string };
    },
    async source(as: Actor, input: Record<string, unknown> = {}) {
      const r = await mutate(
        server,
        as,
        `mutation($input: AddSourceInput!) { addSource(input: $input) { __typename
        ... on AddSourceSuccess { created source { id url } } ${ERROR_FIELDS} } }`,
        { input: { url: `https://news.example/${unique()}`, ...input } },
      );
      return r.source as { id: string; url: string };
    },
    async claim(as: Actor, input: Record<string, unknown> = {}): Promise<ClaimRef & { text: string }> {
      const r = await mutate(
        server,
        as,
        `mutation($input: CreateClaimInput!) { createClaim(input: $input) { __typename
        ... on CreateClaimSuccess { claim { id version text } } ${ERROR_FIELDS} } }`,
        {
          input: { text: `Claim ${unique()}: the river flooded 12 villages.`, kind: "STATEMENT", ...input },
        },
      );
      return r.claim;
    },
    async evidence(as: Actor, claimId: string, input: Record<string, unknown> = {}) {
      const r = await mutate(
        server,
        as,
        `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { __typename
        ... on AddEvidenceSuccess { evidence { id version stance source { id url } } } ${ERROR_FIELDS} } }`,
        {
          input: {
            claim: claimId,
            source: { url: `https://evidence.example/${unique()}` },
            stance: "REFUTES",
            excerpt: "The official count was lower.",
            ...input,
          },
        },
      );
      return r.evidence as { id: string; version: number; stance: string; source: { id: string; url: string } };
    },
    async rating(as: Actor, claimId: string, input: Record<string, unknown> = {}) {
      const r = await mutate(
        server,
        as,
        `mutation($input: RateClaimInput!) { rateClaim(input: $input) { __typename
        ... on RateClaimSuccess { rating { id label current } } ${ERROR_FIELDS} } }`,
        {
          input: { claim: claimId, label: "FALSE", confidence: 80, rationale: "The record says otherwise.", ...input },
        },
      );
      return r.rating as { id: string; label: string; current: boolean };
    },
    async verdict(as: Actor, claimId: string, evidenceIds: string[], input: Record<string, unknown> = {}) {
      const r = await mutate(
        server,
        as,
        `mutation($input: PublishVerdictInput!) { publishVerdict(input: $input) { __typename
        ... on PublishVerdictSuccess { verdict { id version state label } } ${ERROR_FIELDS} } }`,
        {
          input: {
            claim: claimId,
            label: "FALSE",
            headline: "No, it did not happen",
            summary: "Records show otherwise.",
            citedEvidence: evidenceIds,
            ...input,
          },
        },
      );
      return r.verdict as { id: string; version: number; state: string; label: string };
    },
    async claimVersion(as: Actor, claimId: string): Promise<number> {
      const data = await server.execute(`query($id: ID!) { node(id: $id) { ... on Claim { version } } }`, { id: claimId }, as);
      return data.node.version;
    },
  };
}
