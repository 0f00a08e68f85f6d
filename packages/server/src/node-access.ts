import { isThenable, type SchemaTypes } from "@pothos/core";
import { RequestCache, type TypeAuthScopes } from "@pothos/plugin-scope-auth";
import type { GraphQLResolveInfo } from "graphql";

// node(id:) and nodes(ids:) answer null for an object the reader may not read, exactly as for one that does not
// exist: a ForbiddenError there would tell an anonymous caller (or a key without the scope) that the ID names a real
// rating, event or note. Rows a type hides by its `findUnique` filter (unpublished claims, uncited evidence) never
// load; this covers the types whose `authScopes` refuse the reader, checked with scope-auth's own evaluation (the
// same scopes, functions and per-request cache the type's fields run), so a type added later is covered too.

/** The loaded object, or null when its type's `authScopes` refuse this reader. */
export async function readableNode<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  typename: string,
  node: unknown,
  context: Types["Context"],
  info: GraphQLResolveInfo,
): Promise<unknown> {
  if (node == null) return null;
  const authScopes = (
    builder.configStore.getTypeConfig(typename, "Object").pothosOptions as { authScopes?: TypeAuthScopes<Types, unknown> }
  ).authScopes;
  if (authScopes === undefined) return node;
  const cache = RequestCache.fromContext(context, builder);
  const outcome =
    typeof authScopes === "function"
      ? cache.evaluateTypeScopeFunction(authScopes, typename, node, info)
      : cache.evaluateScopeMap(authScopes, info);
  const failure = isThenable(outcome) ? await outcome : outcome;
  return failure ? null : node;
}
