import crypto from "node:crypto";
import type { ErrorCode } from "../error-codes.js";
import { Kind, type DocumentNode, type OperationDefinitionNode, print } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { Db } from "../db.js";
import type { Prisma } from "../generated/prisma/client.js";
import { completeIdempotentRequest, findIdempotentRequest, runIdempotent, type PendingIdempotentRequest } from "../services/idempotency.js";
import { identityOf } from "./identity.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

const refuse = (status: number, code: ErrorCode, message: string) =>
  createGraphQLError(message, { extensions: { code, http: { status } } });

function mutationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return operation?.operation === "mutation" ? operation : undefined;
}

const replayed = new WeakSet<Request>();

/**
 * `Idempotency-Key: <key>` on a mutation: the first request with a key runs and its response is stored with the
 * key (the key itself is written in the same transaction as the change, services/idempotency.ts); a retry with the
 * same key and the same request gets that response again, marked `Idempotent-Replayed: true`, and writes nothing.
 * A key covers one mutation field, per signed-in user or API key, for 24 hours.
 */
export function useIdempotencyKeys(prisma: Db): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const key = request?.headers.get(IDEMPOTENCY_HEADER);
      if (!request || key == null) return;
      const operation = mutationOf(args.document, args.operationName);
      if (!operation) return;
      if (!KEY_PATTERN.test(key)) {
        setResultAndStopExecution({
          errors: [refuse(400, "request/invalid_idempotency_key", "Idempotency-Key must be 1 to 200 visible ASCII characters.")],
        });
        return;
      }
      if (operation.selectionSet.selections.length !== 1) {
        setResultAndStopExecution({
          errors: [
            refuse(
              400,
              "request/idempotency_key_scope",
              "An Idempotency-Key covers exactly one mutation field; send each mutation on its own.",
            ),
          ],
        });
        return;
      }
      const { viewer, partner } = identityOf(request);
      const principal = partner ? `key:${partner.keyId}` : viewer ? `user:${viewer.id}` : null;
      if (!principal) return;
      const requestHash = crypto
        .createHash("sha256")
        .update(JSON.stringify([print(operation), args.variableValues ?? {}]))
        .digest("hex");

      const earlier = await findIdempotentRequest(prisma, principal, key);
      if (earlier) {
        if (earlier.requestHash !== requestHash) {
          setResultAndStopExecution({
            errors: [refuse(422, "request/idempotency_key_reused", "This Idempotency-Key was already used for a different request.")],
          });
        } else if (earlier.response == null) {
          setResultAndStopExecution({
            errors: [
              refuse(
                409,
                "request/idempotency_key_unfinished",
                "A request with this Idempotency-Key changed the desk, but its answer was not recorded (it may still be running): load the current state instead of retrying.",
              ),
            ],
          });
        } else {
          replayed.add(request);
          setResultAndStopExecution(earlier.response as never);
        }
        return;
      }

      const pending: PendingIdempotentRequest = { principal, key, requestHash, recorded: false };
      setExecuteFn((executionArgs) => runIdempotent(pending, () => executeFn(executionArgs)));
      return {
        async onExecuteDone({ result }) {
          if (!pending.recorded || Symbol.asyncIterator in result) return;
          const { data, errors } = result;
          await completeIdempotentRequest(
            prisma,
            pending,
            JSON.parse(JSON.stringify({ data, ...(errors ? { errors } : {}) })) as Prisma.InputJsonValue,
          );
        },
      };
    },
    onResponse({ request, response }) {
      if (replayed.has(request)) response.headers.set("idempotent-replayed", "true");
    },
  };
}
