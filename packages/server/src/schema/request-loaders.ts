/**
 * Loaders that live as long as one execution, made on first use: batching across its resolvers. The execution is
 * usually the request's context; a subscription's events share one context, so a loader keyed by the context batches
 * and does not cache (`cache: false`), or is keyed by the event's root value instead (relation-counts.ts).
 */
const loadersByExecution = new WeakMap<object, Map<string, unknown>>();

/** The execution's loader under `key`, made by `create` the first time one of its resolvers asks for it. */
export function requestLoader<T>(execution: object, key: string, create: () => T): T {
  let loaders = loadersByExecution.get(execution);
  if (!loaders) {
    loaders = new Map();
    loadersByExecution.set(execution, loaders);
  }
  let loader = loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    loaders.set(key, loader);
  }
  return loader;
}
