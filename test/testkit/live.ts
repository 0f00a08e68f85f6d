import { createClient, type ExecutionResult } from "graphql-sse";
import { wireDocument, type Operation, type VariablesArg } from "./graphql.js";
import type { Actor } from "./server.js";

/** A subscription being followed: its results in arrival order. */
export interface Followed<TData> {
  /** Resolves with the next result (waiting for it if it has not arrived). */
  next(): Promise<ExecutionResult<TData, unknown>>;
  close(): void;
}

/**
 * Subscribes over Server-Sent Events, as the web client does (graphql-sse, a connection per subscription), and
 * resolves once the server has accepted the subscription: anything published after that reaches it.
 */
export async function follow<TData, TVariables>(
  serverUrl: string,
  as: Actor,
  document: Operation<TData, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<Followed<TData>> {
  const client = createClient({
    url: `${serverUrl}/graphql`,
    headers: as.token ? { authorization: `Bearer ${as.token}` } : {},
    retryAttempts: 0,
  });
  const results: ExecutionResult<TData, unknown>[] = [];
  const waiting: ((result: ExecutionResult<TData, unknown>) => void)[] = [];
  let failed: unknown = null;
  const connected = new Promise<void>((resolve, reject) => {
    client.subscribe<TData>(
      { ...wireDocument(document), variables: variables as Record<string, unknown> | undefined },
      {
        next: (result) => {
          const waiter = waiting.shift();
          if (waiter) waiter(result);
          else results.push(result);
        },
        error: (error) => {
          failed = error;
          reject(error);
        },
        complete: () => {},
      },
      { connected: () => resolve() },
    );
  });
  await connected;
  return {
    next: () => {
      if (failed) return Promise.reject(failed);
      const ready = results.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    close: () => client.dispose(),
  };
}
