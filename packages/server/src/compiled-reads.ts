import { getDatamodel } from "./generated/pothos-types.js";
import DataLoader from "dataloader";
import { rowReaderOf } from "./db.js";
import { currentBudget } from "./guards/request-budget.js";

// Hot list reads compiled to SQL by FactDesk instead of by Prisma. Prisma 6.19 turns every query into SQL again on
// every request (its query compiler has no plan cache) and then maps the rows into objects; on the queue page that
// was a third of the server's CPU. For the shape of read the GraphQL resolvers send (a `select` tree with related
// rows, simple filters, ordering and paging), `compileFindMany` writes one statement in which PostgreSQL builds
// each row as JSON, nested relations included, exactly as Prisma would return it. The statement's text depends only
// on the shape, so PostgreSQL parses and plans it once per connection (prepared-statements.ts); it runs on the
// driver itself (db.ts `rowReaderOf`), past Prisma's raw-query path, except inside transactions. Anything outside
// that subset (`every` and relation filters other than some/none/is/isNot, cursors over nullable columns, `include`,
// counts, text search modes, BigInt, Decimal, bytes) answers `null`, and the caller asks Prisma instead.

interface ModelField {
  name: string;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isId: boolean;
  isRequired: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

type Args = Record<string, unknown>;
type Convert = (row: Record<string, unknown>) => Record<string, unknown>;

export interface CompiledRead {
  sql: string;
  params: unknown[];
  /** Turns one row's JSON (the statement's only column) into the object Prisma would have returned. */
  convert: Convert;
}

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: ModelField[] }>;
const fieldsByModel = new Map(
  Object.entries(models).map(([name, model]) => [name, new Map(model.fields.map((field) => [field.name, field]))]),
);

/** Thrown (and caught in `compileFindMany`) where a read leaves the compiled subset. */
class OutsideSubset extends Error {}
const outside = (why: string): never => {
  throw new OutsideSubset(why);
};
/** What `build` compiles, or null when it left the compiled subset. */
function insideSubset(build: () => CompiledRead): CompiledRead | null {
  try {
    return build();
  } catch (error) {
    if (error instanceof OutsideSubset) return null;
    throw error;
  }
}

const SCALAR_SQL_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp(3)",
};

function fieldOf(model: string, name: string): ModelField {
  return fieldsByModel.get(model)?.get(name) ?? outside(`${model}.${name} is not a field`);
}

/** The model's single id field, if it has one. */
function idFieldOf(model: string): string | undefined {
  for (const field of fieldsByModel.get(model)!.values()) if (field.isId) return field.name;
  return undefined;
}

function idOf(model: string): string {
  return idFieldOf(model) ?? outside(`${model} has no single id`);
}

const quote = (name: string) => `"${name}"`;

/**
 * How rows of `relation`'s model are tied to a row of `parentModel` aliased `parentAlias`: the FROM clause for the
 * related model aliased `alias` and the condition tying it to the parent. Covers foreign keys on either side and
 * Prisma's implicit many-to-many tables (`_Relation`, column A pointing at the model whose name sorts first).
 */
function joinOf(parentModel: string, relation: ModelField, parentAlias: string, alias: string): { from: string; on: string } {
  const target = relation.type;
  const from = relation.relationFromFields ?? [];
  if (from.length > 1) outside("a compound foreign key");
  if (from.length === 1)
    return { from: `${quote(target)} ${alias}`, on: `${alias}.${quote(idOf(target))} = ${parentAlias}.${quote(from[0]!)}` };
  const far = [...fieldsByModel.get(target)!.values()].find((f) => f.relationName === relation.relationName && f !== relation);
  if (far?.relationFromFields?.length === 1) {
    return {
      from: `${quote(target)} ${alias}`,
      on: `${alias}.${quote(far.relationFromFields[0]!)} = ${parentAlias}.${quote(idOf(parentModel))}`,
    };
  }
  if (!relation.isList || !far?.isList || target === parentModel) outside(`${relation.name}: an unsupported relation`);
  const [parentColumn, targetColumn] = parentModel < target ? ["A", "B"] : ["B", "A"];
  const link = `${alias}_link`;
  return {
    from: `${quote(target)} ${alias} JOIN ${quote(`_${relation.relationName}`)} ${link} ON ${link}.${quote(targetColumn)} = ${alias}.${quote(idOf(target))}`,
    on: `${link}.${quote(parentColumn)} = ${parentAlias}.${quote(idOf(parentModel))}`,
  };
}

class Statement {
  readonly params: unknown[] = [];
  #aliases = 0;

  alias(): string {
    this.#aliases += 1;
    return `t${this.#aliases}`;
  }

  param(value: unknown, field: ModelField, list = false): string {
    const base = field.kind === "enum" ? quote(field.type) : (SCALAR_SQL_TYPES[field.type] ?? outside(`parameter of type ${field.type}`));
    this.params.push(Array.isArray(value) ? value.map(isoIfDate) : isoIfDate(value));
    return `$${this.params.length}::${base}${list ? "[]" : ""}`;
  }

  /** `json_build_object` of the selected fields, with a converter for the values JSON cannot carry (dates). */
  object(model: string, select: unknown, alias: string): { sql: string; convert: Convert } {
    if (!select || typeof select !== "object") return outside("a read without `select`");
    const parts: string[] = [];
    const steps: ((row: Record<string, unknown>) => void)[] = [];
    for (const [name, wanted] of Object.entries(select as Args)) {
      if (wanted === false || wanted === undefined) continue;
      const field = fieldOf(model, name);
      if (field.kind === "scalar" || field.kind === "enum") {
        if (wanted !== true) outside(`${name}: a scalar selected with arguments`);
        if (field.kind === "scalar" && !(field.type in SCALAR_SQL_TYPES) && field.type !== "Json") outside(`${name}: ${field.type}`);
        parts.push(`'${name}', ${alias}.${quote(name)}`);
        if (field.type === "DateTime") steps.push(field.isList ? convertDateList(name) : convertDate(name));
        continue;
      }
      if (field.kind !== "object") outside(`${name}: ${field.kind}`);
      const nested = this.relation(model, field, wanted === true ? { select: scalarsOf(field.type) } : (wanted as Args), alias);
      parts.push(`'${name}', ${nested.sql}`);
      steps.push(nested.step);
    }
    if (parts.length === 0 || parts.length > 50) outside("an empty or very wide selection");
    const sql = `json_build_object(${parts.join(", ")})`;
    const convert: Convert = (row) => {
      for (const step of steps) step(row);
      return row;
    };
    return { sql, convert };
  }

  relation(
    parentModel: string,
    field: ModelField,
    args: Args,
    parentAlias: string,
  ): { sql: string; step: (row: Record<string, unknown>) => void } {
    for (const key of Object.keys(args)) {
      if (!["select", "where", "orderBy", "take", "skip"].includes(key)) outside(`relation argument ${key}`);
    }
    const alias = this.alias();
    const target = field.type;
    const object = this.object(target, args.select, alias);
    const name = field.name;
    const join = joinOf(parentModel, field, parentAlias, alias);
    if (!field.isList) {
      if (args.where || args.orderBy || args.take !== undefined || args.skip) outside("arguments on a to-one relation");
      return {
        sql: `(SELECT ${object.sql} FROM ${join.from} WHERE ${join.on} LIMIT 1)`,
        step: (row) => {
          const value = row[name] as Record<string, unknown> | null;
          if (value) object.convert(value);
        },
      };
    }
    const conditions = [join.on];
    if (args.where !== undefined) conditions.push(this.where(target, args.where, alias));
    const tail = this.paging(target, args, alias);
    return {
      sql: `COALESCE((SELECT json_agg(page.row) FROM (SELECT ${object.sql} AS row FROM ${join.from} WHERE ${conditions.join(" AND ")}${tail}) page), '[]'::json)`,
      step: (row) => {
        for (const item of row[name] as Record<string, unknown>[]) object.convert(item);
      },
    };
  }

  paging(model: string, args: Args, alias: string): string {
    let sql = "";
    if (args.orderBy !== undefined) sql += ` ORDER BY ${this.orderBy(model, args.orderBy, alias)}`;
    if (args.take !== undefined && args.take !== null) {
      if (!Number.isSafeInteger(args.take) || (args.take as number) < 0) outside("take must be a count");
      sql += ` LIMIT ${args.take as number}`;
    }
    if (args.skip) {
      if (!Number.isSafeInteger(args.skip) || (args.skip as number) < 0) outside("skip must be a count");
      sql += ` OFFSET ${args.skip as number}`;
    }
    return sql;
  }

  /**
   * Prisma's cursor: the rows from the cursor row on, in the list's order (the cursor row itself included; a
   * `skip: 1` beside it steps over it). Only for an order on required columns, where "on or after" is a plain
   * comparison of the order's columns with the cursor row's.
   */
  cursor(model: string, cursor: unknown, orderBy: unknown, alias: string): string {
    const id = idOf(model);
    const keys = cursor && typeof cursor === "object" ? Object.keys(cursor) : [];
    if (keys.length !== 1 || keys[0] !== id) outside("a cursor that is not the id");
    const at = `(SELECT cursor_row.%s FROM ${quote(model)} cursor_row WHERE cursor_row.${quote(id)} = ${this.param((cursor as Args)[id], fieldOf(model, id))})`;
    const order: [string, "<" | ">"][] = [];
    for (const entry of (Array.isArray(orderBy) ? orderBy : orderBy ? [orderBy] : []) as Args[]) {
      for (const [name, how] of Object.entries(entry)) {
        const field = fieldOf(model, name);
        if (!field.isRequired || field.isList || typeof how !== "string") outside("a cursor over a nullable or list order");
        order.push([name, how === "desc" ? "<" : ">"]);
      }
    }
    if (order.length === 0) outside("a cursor without an order");
    const column = (name: string) => `${alias}.${quote(name)}`;
    const cursorValue = (name: string) => at.replace("%s", quote(name));
    const alternatives = order.map(([name, sign], i) =>
      [
        ...order.slice(0, i).map(([before]) => `${column(before)} = ${cursorValue(before)}`),
        `${column(name)} ${sign} ${cursorValue(name)}`,
      ].join(" AND "),
    );
    alternatives.push(order.map(([name]) => `${column(name)} = ${cursorValue(name)}`).join(" AND "));
    return `(${alternatives.map((alternative) => `(${alternative})`).join(" OR ")})`;
  }

  orderBy(model: string, orderBy: unknown, alias: string): string {
    const entries = Array.isArray(orderBy) ? orderBy : [orderBy];
    const parts: string[] = [];
    for (const entry of entries as Args[]) {
      for (const [name, how] of Object.entries(entry)) {
        const field = fieldOf(model, name);
        if (field.kind !== "scalar" && field.kind !== "enum") outside("ordering by a relation");
        const { sort, nulls } = typeof how === "string" ? { sort: how, nulls: undefined } : (how as { sort: string; nulls?: string });
        if (sort !== "asc" && sort !== "desc") outside(`sort ${sort}`);
        if (nulls !== undefined && nulls !== "first" && nulls !== "last") outside(`nulls ${nulls}`);
        parts.push(`${alias}.${quote(name)} ${sort.toUpperCase()}${nulls ? ` NULLS ${nulls.toUpperCase()}` : ""}`);
      }
    }
    return parts.join(", ");
  }

  where(model: string, where: unknown, alias: string): string {
    if (!where || typeof where !== "object") return outside("a where that is not an object");
    const conditions: string[] = [];
    for (const [key, value] of Object.entries(where as Args)) {
      if (value === undefined) continue;
      if (key === "AND" || key === "OR" || key === "NOT") {
        const list = (Array.isArray(value) ? value : [value]).map((part) => this.where(model, part, alias));
        if (key === "AND") conditions.push(list.length ? `(${list.join(" AND ")})` : "TRUE");
        else if (key === "OR") conditions.push(list.length ? `(${list.join(" OR ")})` : "FALSE");
        else conditions.push(list.length ? `NOT (${list.join(" AND ")})` : "TRUE");
        continue;
      }
      const field = fieldOf(model, key);
      if (field.kind === "object") {
        conditions.push(this.relationFilter(model, field, value, alias));
        continue;
      }
      if (field.kind !== "scalar" && field.kind !== "enum") outside(`a filter on ${field.kind}`);
      if (field.kind === "scalar" && !(field.type in SCALAR_SQL_TYPES)) outside(`a filter on ${field.type}`);
      conditions.push(this.fieldFilter(field, value, `${alias}.${quote(key)}`));
    }
    return conditions.length ? conditions.join(" AND ") : "TRUE";
  }

  /** `some` / `none` on a list relation, `is` / `isNot` (or the bare filter) on a to-one relation, as EXISTS. */
  relationFilter(model: string, field: ModelField, filter: unknown, parentAlias: string): string {
    if (filter === null) return this.relationFilter(model, field, { is: null }, parentAlias);
    if (typeof filter !== "object") return outside("a relation filter that is not an object");
    const entries = Object.entries(filter as Args).filter(([, value]) => value !== undefined);
    const operators = field.isList ? ["some", "none"] : ["is", "isNot"];
    const parts = entries.every(([op]) => operators.includes(op))
      ? entries
      : field.isList
        ? outside("every or a bare list filter")
        : [["is", filter] as const];
    const conditions: string[] = [];
    for (const [op, nested] of parts) {
      if (nested === null) {
        if (field.isList || (field.relationFromFields ?? []).length !== 1) outside("a null relation filter");
        const column = `${parentAlias}.${quote(field.relationFromFields![0]!)}`;
        conditions.push(op === "is" ? `${column} IS NULL` : `${column} IS NOT NULL`);
        continue;
      }
      const alias = this.alias();
      const join = joinOf(model, field, parentAlias, alias);
      const exists = `EXISTS (SELECT 1 FROM ${join.from} WHERE ${join.on} AND ${this.where(field.type, nested, alias)})`;
      conditions.push(op === "some" || op === "is" ? exists : `NOT ${exists}`);
    }
    return conditions.length ? conditions.join(" AND ") : "TRUE";
  }

  fieldFilter(field: ModelField, filter: unknown, column: string): string {
    if (filter === null) return `${column} IS NULL`;
    if (typeof filter !== "object" || filter instanceof Date) {
      if (field.isList) outside("equality on a list");
      return `${column} = ${this.param(filter, field)}`;
    }
    const parts: string[] = [];
    for (const [op, value] of Object.entries(filter as Args)) {
      if (value === undefined) continue;
      if (field.isList) {
        if (op !== "has" || value === null) outside(`list filter ${op}`);
        parts.push(`${column} @> ARRAY[${this.param(value, field)}]`);
        continue;
      }
      switch (op) {
        case "equals":
          parts.push(value === null ? `${column} IS NULL` : `${column} = ${this.param(value, field)}`);
          break;
        case "not":
          if (value === null) parts.push(`${column} IS NOT NULL`);
          else if (typeof value === "object" && !(value instanceof Date)) parts.push(`NOT (${this.fieldFilter(field, value, column)})`);
          else parts.push(`${column} <> ${this.param(value, field)}`);
          break;
        case "in":
        case "notIn": {
          if (!Array.isArray(value)) outside(`${op} without a list`);
          const any = `${column} = ANY(${this.param(value, field, true)})`;
          parts.push(op === "in" ? any : `NOT (${any})`);
          break;
        }
        case "lt":
        case "lte":
        case "gt":
        case "gte": {
          if (value === null) outside(`${op} null`);
          const sign = { lt: "<", lte: "<=", gt: ">", gte: ">=" }[op];
          parts.push(`${column} ${sign} ${this.param(value, field)}`);
          break;
        }
        default:
          outside(`filter ${op}`);
      }
    }
    return parts.length ? parts.join(" AND ") : "TRUE";
  }
}

function scalarsOf(model: string): Args {
  const select: Args = {};
  for (const field of fieldsByModel.get(model)!.values()) if (field.kind === "scalar" || field.kind === "enum") select[field.name] = true;
  return select;
}

const isoIfDate = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
// PostgreSQL writes a `timestamp(3)` in JSON as ISO 8601 without a zone; FactDesk stores UTC.
const toDate = (value: unknown) => (typeof value === "string" ? new Date(`${value}Z`) : value);
const convertDate = (name: string) => (row: Record<string, unknown>) => {
  row[name] = toDate(row[name]);
};
const convertDateList = (name: string) => (row: Record<string, unknown>) => {
  row[name] = (row[name] as unknown[] | null)?.map(toDate) ?? row[name];
};

const TOP_LEVEL_ARGS = new Set(["select", "where", "orderBy", "take", "skip", "cursor"]);

/** One statement answering `prisma[model].findMany(args)`, or null when the read is outside the compiled subset. */
export function compileFindMany(model: string, args: Args): CompiledRead | null {
  if (!fieldsByModel.has(model)) return null;
  return insideSubset(() => {
    for (const [key, value] of Object.entries(args)) if (value !== undefined && !TOP_LEVEL_ARGS.has(key)) outside(`argument ${key}`);
    const statement = new Statement();
    const alias = statement.alias();
    const object = statement.object(model, args.select, alias);
    const conditions = [];
    if (args.where !== undefined) conditions.push(statement.where(model, args.where, alias));
    if (args.cursor !== undefined) conditions.push(statement.cursor(model, args.cursor, args.orderBy, alias));
    const where = conditions.length ? ` WHERE ${conditions.join(" AND ")}` : "";
    const tail = statement.paging(model, args, alias);
    return {
      sql: `SELECT ${object.sql} AS row FROM ${quote(model)} ${alias}${where}${tail}`,
      params: statement.params,
      convert: object.convert,
    };
  });
}

/**
 * How many rows of `model` each parent has: `SELECT foreignKey, count(*) … WHERE foreignKey = ANY(parentIds) AND
 * where GROUP BY foreignKey`, or null when `where` is outside the compiled subset.
 */
export function compileCountsByParent(model: string, foreignKey: string, parentIds: string[], where: object): CompiledRead | null {
  return insideSubset(() => {
    const statement = new Statement();
    const alias = statement.alias();
    const key = fieldOf(model, foreignKey);
    if (key.kind !== "scalar" || key.type !== "String" || key.isList) outside(`${foreignKey} is not a key`);
    const column = `${alias}.${quote(foreignKey)}`;
    const parents = `${column} = ANY(${statement.param(parentIds, key, true)})`;
    const condition = statement.where(model, where, alias);
    return {
      sql: `SELECT json_build_object('parent', ${column}, 'count', count(*)) AS row FROM ${quote(model)} ${alias} WHERE ${parents} AND ${condition} GROUP BY ${column}`,
      params: statement.params,
      convert: (row) => row,
    };
  });
}

export interface RawReader {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $transaction?: unknown;
  /** With read replicas (db.ts), the client of a replica; Prisma sends raw statements to the primary otherwise. */
  $replica?: () => RawReader;
}

/**
 * Runs a compiled read where Prisma would have run it (on a read replica when there are any, outside transactions),
 * on the driver directly unless `db` is a transaction's client.
 */
export function runCompiled(db: RawReader, compiled: CompiledRead): Promise<{ row: Record<string, unknown> }[]> {
  const reader = typeof db.$replica === "function" && typeof db.$transaction === "function" ? db.$replica() : db;
  const direct = rowReaderOf(reader);
  if (direct) return direct(compiled.sql, compiled.params) as Promise<{ row: Record<string, unknown> }[]>;
  return reader.$queryRawUnsafe(compiled.sql, ...compiled.params);
}

/**
 * `prisma[model].findMany(args)` through one compiled statement when the read is inside the subset, else through
 * `fallback` (Prisma itself). Both answer with the same objects.
 */
export async function readMany<A extends object, T>(
  db: RawReader,
  model: string,
  args: NoInfer<A>,
  fallback: (args: A) => Promise<T[]>,
): Promise<T[]> {
  const compiled = compileFindMany(model, args as Args);
  if (!compiled) return fallback(args);
  const rows = await runCompiled(db, compiled);
  return rows.map(({ row }) => compiled.convert(row) as T);
}

/** `prisma[model].findFirst(args)` the same way as `readMany`. */
export async function readFirst<A extends object, T>(
  db: RawReader,
  model: string,
  args: NoInfer<A>,
  fallback: (args: A) => Promise<T | null>,
): Promise<T | null> {
  const compiled = compileFindMany(model, { ...args, take: 1 });
  if (!compiled) return fallback(args);
  const [first] = await runCompiled(db, compiled);
  return first ? (compiled.convert(first.row) as T) : null;
}

/** The Prisma client's property for `model` (`ReportedFigure` → `reportedFigure`). */
export const delegateName = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);
const modelsByDelegate = new Map([...fieldsByModel.keys()].map((model) => [delegateName(model), model]));
const nodeLoadingClients = new WeakMap<object, object>();

interface FindDelegate {
  findUnique(args: object): Promise<unknown>;
  findMany(args: object): Promise<unknown[]>;
}

/** At most this many selections keep a batching loader per request (partners' queries vary without bound). */
const NODE_SHAPES_PER_REQUEST = 32;

/**
 * `findUnique({ where: { id }, select })` through one compiled statement per request, tick and selection: the
 * node loads of `nodes(ids: …)` (or of aliased `node(id:)` fields) become one `id = ANY(…)` read instead of one
 * statement per ID, as Prisma batches its own `findUnique` calls. Loads outside a request, by another unique field or
 * with arguments besides `where` and `select` run one by one.
 */
function batchedFindUnique(db: object, model: string, prismaDelegate: FindDelegate) {
  const idField = idFieldOf(model);
  const loadersByRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();
  const readOne = (args: object) => readFirst(db as RawReader, model, args, (read) => prismaDelegate.findUnique(read));
  return (args: { where?: Args; select?: Args }) => {
    const budget = currentBudget();
    const { where, ...shape } = args;
    const id = idField && where ? where[idField] : undefined;
    if (!budget || typeof id !== "string" || !shape.select || Object.keys(shape).length !== 1) return readOne(args);
    // The other conditions (a node type's visibility rule) hold for every ID of the batch alike.
    const { [idField!]: _id, ...conditions } = where!;
    let loaders = loadersByRequest.get(budget);
    if (!loaders) {
      loaders = new Map();
      loadersByRequest.set(budget, loaders);
    }
    const key = JSON.stringify([shape.select, conditions]);
    let loader = loaders.get(key);
    if (!loader) {
      if (loaders.size >= NODE_SHAPES_PER_REQUEST) loaders.clear();
      const select = { ...shape.select, [idField!]: true };
      loader = new DataLoader(
        async (ids: readonly string[]) => {
          const rows = await readMany(db as RawReader, model, { select, where: { ...conditions, [idField!]: { in: [...ids] } } }, (read) =>
            prismaDelegate.findMany(read),
          );
          const byId = new Map(rows.map((row) => [(row as Args)[idField!], row]));
          return ids.map((one) => byId.get(one) ?? null);
        },
        { cache: false },
      );
      loaders.set(key, loader);
    }
    return loader.load(id);
  };
}

/**
 * The client plugin-prisma loads `node(id)` through: `findUnique` (which plugin-prisma calls for a node and nothing
 * else) runs compiled and batched (`batchedFindUnique`), every other call goes to `db` unchanged.
 * `findUniqueOrThrow`, which its per-row loaders use, stays with Prisma, which batches such calls of one tick into one
 * statement.
 */
export function compiledNodeLoads<D extends object>(db: D): D {
  let client = nodeLoadingClients.get(db);
  if (!client) {
    const delegates = new Map<string, object>();
    client = new Proxy(db, {
      get(target, key) {
        const model = typeof key === "string" ? modelsByDelegate.get(key) : undefined;
        // Reading a delegate off Prisma's client passes its proxies (1 % of a verdict page); ours is kept per model.
        let delegate = model && delegates.get(model);
        if (delegate) return delegate;
        const value = Reflect.get(target, key);
        if (!model || !value || typeof value !== "object") return value;
        const findUnique = batchedFindUnique(db, model, value as unknown as FindDelegate);
        delegate = new Proxy(value, {
          get: (delegateTarget, method, delegateReceiver) =>
            method === "findUnique" ? findUnique : Reflect.get(delegateTarget, method, delegateReceiver),
        });
        delegates.set(model, delegate);
        return delegate;
      },
    });
    nodeLoadingClients.set(db, client);
  }
  return client as D;
}
