import { createHash } from "node:crypto";
import pg from "pg";

// PostgreSQL parses and plans an unnamed statement again on every execution; for the nested JSON queries Prisma
// writes for a claim desk, planning costs several times the execution (7 ms against 0.6 ms measured). A named
// (prepared) statement is parsed once per connection, and after a few executions PostgreSQL keeps a generic plan
// for it when that plan is no worse. So every parameterised query gets a name derived from its SQL text.
//
// Each connection keeps at most `limit` statements, least recently used dropped first (`DEALLOCATE`): partners'
// queries vary without bound, and every prepared statement holds memory in its PostgreSQL backend.

type Connection = { parsedStatements: Record<string, string> };

const statementName = (sql: string) => `fd_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;

/** A pg.Client class whose parameterised queries are prepared statements, at most `limit` kept per connection. */
export function preparingClient(limit: number): typeof pg.Client {
  return class PreparingClient extends pg.Client {
    /** Names prepared on this connection, least recently used first (a Map keeps insertion order). */
    readonly #prepared = new Map<string, true>();

    // biome-ignore lint/suspicious/noExplicitAny: pg.Client#query's many overloads pass through unchanged.
    override query(config: any, values?: any, callback?: any): any {
      const query = typeof config === "string" ? { text: config } : config;
      const parameterised = typeof query?.text === "string" && !query.name && Array.isArray(query.values ?? values);
      if (!parameterised) return super.query(config, values, callback);
      const name = statementName(query.text);
      this.#prepared.delete(name);
      this.#prepared.set(name, true);
      if (this.#prepared.size > limit) this.#deallocate(this.#prepared.keys().next().value as string);
      return super.query({ ...query, name }, values, callback);
    }

    #deallocate(name: string) {
      this.#prepared.delete(name);
      const connection = (this as unknown as { connection: Connection }).connection;
      // A statement whose preparation failed does not exist, and a failing DEALLOCATE would abort the transaction
      // the connection may be in.
      if (connection.parsedStatements[name] === undefined) return;
      // The callback form runs before pg sends the next queued query (a promise's would run after it), so a query
      // queued behind this one prepares the statement again instead of using the dropped name. Forgotten only once
      // PostgreSQL has dropped it: in an aborted transaction DEALLOCATE fails too, and the statement stays usable.
      super.query(`DEALLOCATE ${name}`, (error: Error | null) => {
        if (!error) delete connection.parsedStatements[name];
      });
    }
  };
}
