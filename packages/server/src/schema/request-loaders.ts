/**
 * Loaders that live as long as one request (its context), made on first use: batching across a request's resolvers.
 * A subscription's events share one context, so a loader made here batches and does not cache (`cache: false`).
 */
const loadersByRequest = new WeakMap<object, Map<string, unknown>>();

/** The request's loader under `key`, made by `create` the first time a resolver of this request asks for it. */
export function requestLoader<T>(ctx: object, key: string, create: () => T): T {
  let loaders = loadersByRequest.get(ctx);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(ctx, loaders);
  }
  let loader = loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    loaders.set(key, loader);
  }
  return loader;
}
