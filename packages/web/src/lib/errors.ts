import type { CombinedError } from "urql";

// Transport failures (CombinedError) in words: the server's codes say what happened, its raw messages never reach
// the screen ("[GraphQL] Invalid global ID…" means nothing to a reader).

/** The stable codes of a CombinedError's GraphQL errors. */
export const errorCodes = (error: CombinedError | undefined | null): string[] =>
  (error?.graphQLErrors ?? []).map((e) => e.extensions?.code).filter((code): code is string => typeof code === "string");

/** The request named something that cannot exist (a malformed id or cursor in the address). */
export const isInvalidInput = (error: CombinedError | undefined | null) => errorCodes(error).includes("input/invalid");

/** A sentence saying what went wrong and what to do; `action` is what was being done ("load this page"). */
export function transportProblem(error: CombinedError): string {
  if (error.networkError && !error.graphQLErrors.length) return "FactDesk did not answer. Check your connection and try again.";
  const codes = errorCodes(error);
  if (codes.includes("rate_limited")) return "Too many requests from here in the last minute. Wait a little and try again.";
  if (codes.some((c) => c === "auth/invalid_token" || c === "auth/unauthenticated")) return "Your session has ended. Sign in again.";
  if (codes.some((c) => c === "service/unavailable" || c === "request/timeout"))
    return "FactDesk is busy or briefly unavailable. Try again in a moment.";
  if (codes.includes("input/invalid")) return "FactDesk could not make sense of this request; the address may be incomplete or mistyped.";
  return "Something went wrong on FactDesk's side. Try again; if it keeps happening, tell an admin.";
}

/** A server message as a sentence: capitalised, ending with a full stop. */
export function asSentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]["”’)]?$/.test(first) ? first : `${first}.`;
}
