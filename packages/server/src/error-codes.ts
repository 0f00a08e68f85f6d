/**
 * Every stable error code FactDesk answers with, and what it means. Clients switch on these (`extensions.code` of a
 * GraphQL error, or `code` of a typed error in a mutation's result); they never change meaning. The README lists
 * them for partners (a test keeps that list complete), and the error classes accept only codes named here.
 */
export const errorCodes = {
  // Input
  "input/invalid": "The input was rejected; `issues` says which fields and why (or a cursor or ID could not be decoded).",
  "input/invalid_text": "A string contains a NUL byte or an unpaired surrogate, or is longer than the desk accepts.",
  "input/out_of_range": "A number is outside the range the argument accepts.",
  "ingest/too_many_items":
    "The article would add more claims, figures and media than one ingest saves: untick some in the preview (`skip`), or ingest it in parts.",
  "input/invalid_feed_query":
    "A feed's `since`, `until`, `modifiedSince`, `limit` or `cursor` is not one it accepts (HTTP 400 from the JSON-LD and Atom feeds).",
  BAD_REQUEST: "The request could not be read: malformed JSON, or variables that are not valid JSON.",
  GRAPHQL_PARSE_FAILED: "The query is not valid GraphQL syntax (the message says where).",
  GRAPHQL_VALIDATION_FAILED:
    "The query asks for something the schema does not have, or a literal value does not fit its type (the message says which).",

  // Requests too large or too costly (refused before any work is done)
  "request/too_large": "The request body is larger than the desk accepts (HTTP 413).",
  "request/too_deep": "The query, or the request's JSON, nests more levels deep than the desk allows.",
  "request/too_expensive": "The query could return too much at once, or needs too many database statements.",
  "request/too_many_aliases": "The query uses more aliases than the desk allows.",
  "request/too_many_directives": "The query uses more directives than the desk allows.",
  "request/too_many_ids": "`nodes(ids:)` was given more IDs than the desk allows.",
  "request/timeout": "The request ran longer than the desk allows and was stopped (HTTP 503).",
  "request/aborted": "The request was stopped because its client went away.",
  "request/unsupported_media_type": "GraphQL is accepted only as JSON (POST) or a GET query string (HTTP 415).",
  "request/method_not_allowed":
    "The feeds, the fact-check search and the exports are read with GET or HEAD; other methods get HTTP 405 with an Allow header.",
  "request/unreadable": "The request body could not be read.",
  "request/invalid_host": "The Host header is not a host name or address with a valid port (HTTP 400).",
  "request/invalid_idempotency_key": "The Idempotency-Key header must be 1 to 200 visible ASCII characters.",
  "request/idempotency_key_scope": "An Idempotency-Key covers exactly one mutation field.",
  "request/idempotency_key_reused": "The Idempotency-Key was already used for a different request (HTTP 422).",
  "request/idempotency_key_in_use": "Another request with the same Idempotency-Key is being applied.",
  "request/idempotency_key_unfinished":
    "A request with this Idempotency-Key changed the desk but its answer was not recorded: load the current state (HTTP 409).",
  rate_limited: "Too many requests from this key, user or address: wait for Retry-After (HTTP 429).",
  "export/too_many_at_once":
    "The caller already has as many exports streaming as it may (HTTP 429), or the desk as a whole does (HTTP 503): retry after Retry-After.",
  "service/unavailable": "The database is unreachable for now: retry after Retry-After (HTTP 503).",
  internal: "An unexpected error; its details are in the server log.",

  // Who may do what
  "auth/forbidden": "Your role or your key's scopes do not allow this (or you are not signed in).",
  "auth/unreadable_selection":
    "A mutation's selection asks for fields your role or key may not read (`paths` lists them): it did not run and nothing was saved. Remove them and send it again.",
  "auth/invalid_token": "The session token is unknown, expired or revoked: sign in again (HTTP 401).",
  "auth/invalid_api_key": "The API key is malformed, unknown, revoked or expired; the message says which (HTTP 401).",
  "auth/csrf_header_missing": "A request carrying the session cookie lacks the X-FactDesk-CSRF header (HTTP 403).",
  "auth/invalid_credentials": "Wrong email or password.",
  "auth/too_many_attempts": "Too many failed sign-ins for this account or address: wait as the message says.",

  // The desk's rules
  "claim/archived": "The claim is archived: restore it before changing it.",
  "claim/invalid_transition": "The claim cannot move to that status from the one it is in.",
  "claim/wording_published": "A published verdict judged this wording: correct the verdict instead.",
  "claim/merged": "The claim was merged into another.",
  "claim/merge_self": "A claim cannot be merged into itself.",
  "claim/merge_has_verdict": "A claim with a verdict cannot be merged away.",
  "merge/already_proposed": "The same merge is already proposed and waits for an editor.",
  "merge/proposal_decided": "The merge proposal was already accepted, declined or superseded.",
  "claim/assign_others": "Reviewers assign claims to themselves; only an editor assigns a claim to someone else.",
  "claim/assignee_role": "Claims are assigned to reviewers, editors or admins who can still sign in.",
  "note/not_yours": "Only a note's author may edit or delete it.",
  "note/deleted": "The note was deleted.",
  "evidence/removed": "Removed evidence cannot be edited or removed again: restore it first.",
  "evidence/not_removed": "The evidence is not removed: there is nothing to restore.",
  "evidence/not_yours": "Only the reviewer who added the evidence, or an editor, may change or remove it.",
  "evidence/not_on_claim": "Cited evidence must be live evidence of the same claim.",
  "evidence/cited_by_verdict": "Evidence a verdict cites cannot be removed: correct the verdict first.",
  "media/verification_published": "A published verdict shows the media item, so its verification is public: only an editor changes it.",
  "rating/not_yours": "Only the reviewer who gave a rating may confirm it.",
  "rating/superseded": "The rating was replaced by a newer one.",
  "rating/up_to_date": "The rating already rates the claim's present wording.",
  "verdict/exists": "The claim already has a verdict: correct it instead.",
  "verdict/same_editor": "A contested verdict needs a second editor's sign-off.",
  "verdict/not_awaiting_sign_off": "Only a verdict awaiting sign-off can be signed off.",
  "verdict/awaiting_sign_off": "A verdict on the claim awaits a second editor: sign it off or withdraw it before moving the claim.",
  "verdict/not_published": "Only a published verdict can be corrected.",
  "verdict/no_change": "The correction changes nothing.",
  "verdict/retracted": "The verdict is already retracted.",
  "search/query_too_long": "The search text is longer than a search takes.",
  "search/too_deep": "Search results stop after a limit: narrow the search instead of paging further.",
  "user/email_taken": "A user with this email already exists.",
  "user/self_change": "Admins cannot change their own role or deactivate themselves.",
  "api_key/revoked": "The API key is already revoked.",
  "api_key/expired": "The API key has expired: create a new one.",
  "webhook/invalid_url": "A webhook endpoint must be an http:// or https:// URL without credentials.",
  "webhook/private_address": "A webhook endpoint may not be on a private, loopback or link-local address.",
  "webhook/inactive": "The webhook endpoint is paused: activate it before replaying a delivery.",
  "capture/invalid_url": "Only http:// and https:// URLs without credentials can be captured (a redirect elsewhere is refused too).",
  "capture/private_address":
    "The page, or a redirect on the way to it, is on a private, loopback or link-local address: nothing was fetched from there.",
  "capture/too_large": "The page or file is larger than the desk keeps; nothing was stored (HTTP 413 from uploads).",
  "capture/timeout": "The page did not arrive in the time a capture may take; nothing was stored.",
  "capture/too_many_redirects": "The page redirected more often than a capture follows.",
  "capture/upstream_error": "The site answered with an HTTP error (its status is in `httpStatus`); nothing was stored.",
  "capture/unreachable": "The site could not be reached: its name does not resolve, or the connection failed.",
  "capture/unsupported_type":
    "An archived copy must be a PDF, a PNG, JPEG, WebP or GIF image, or an HTML page, judged by its content (HTTP 415 from uploads).",

  // Families: one per object type
  "<type>/not_found":
    "An object the input names does not exist, or you may not see it (e.g. `claim/not_found`, `reported_figure/not_found`).",
  "<type>/version_conflict": "Someone changed the object since you loaded it; nothing was written (e.g. `claim/version_conflict`).",
} as const;

type Listed = keyof typeof errorCodes;

/** A code from the registry; the two families take the object type in place of `<type>`. */
export type ErrorCode = Exclude<Listed, `<type>/${string}`> | `${string}/not_found` | `${string}/version_conflict`;
