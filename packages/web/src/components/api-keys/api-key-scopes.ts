import type { introspection_types } from "../../graphql-env.d.ts";

export type ApiKeyScope = introspection_types["ApiKeyScope"]["enumValues"];
export type ApiKeyState = introspection_types["ApiKeyState"]["enumValues"];

/** The scopes in the order an admin reads them (narrowest first, the one write scope last), each in one line. */
export const apiKeyScopes = [
  { value: "VERDICTS_READ", explanation: "Published verdicts and what they cite: what the public sees." },
  { value: "CLAIMS_READ", explanation: "The whole desk, read-only: claims in review, evidence, ratings and history." },
  { value: "FIGURES_READ", explanation: "Events and every reported figure, with sources and attribution." },
  { value: "CLAIMS_WRITE", explanation: "Submit claims and articles for review, e.g. from a tipline." },
] as const satisfies readonly { value: ApiKeyScope; explanation: string }[];

// Fails to compile when the schema gains a scope the form does not offer.
type Unoffered = Exclude<ApiKeyScope, (typeof apiKeyScopes)[number]["value"]>;
const everyScopeOffered: [Unoffered] extends [never] ? true : Unoffered = true;
void everyScopeOffered;

/** "VERDICTS_READ" → "verdicts:read", as partners' documentation writes scopes. */
export const scopeName = (scope: ApiKeyScope) => scope.toLowerCase().replace(/_([a-z]+)$/, ":$1");

export const stateLabel: Record<ApiKeyState, string> = { ACTIVE: "Active", EXPIRED: "Expired", REVOKED: "Revoked" };
