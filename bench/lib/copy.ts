import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value for a json/jsonb column (a plain array would be written as a text[] literal). */
export class Json {
  constructor(readonly value: unknown) {}
}

/** A value as PostgreSQL's COPY text format wants it. Arrays are text[] literals, objects and Json JSON. */
function field(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  let text: string;
  if (value instanceof Json) text = JSON.stringify(value.value);
  else if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = `{${value.map((v) => `"${String(v).replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
  else if (typeof value === "object") text = JSON.stringify(value);
  else if (typeof value === "boolean") text = value ? "t" : "f";
  else text = String(value);
  return text.replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));
}

function* lines(rows: readonly unknown[][]): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += `${row.map(field).join("\t")}\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** Streams rows into a table with COPY … FROM STDIN. */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly unknown[][]) {
  if (rows.length === 0) return;
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(lines(rows)), client.query(copyFrom(sql)));
}
