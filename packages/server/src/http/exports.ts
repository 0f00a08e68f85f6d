import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { Database } from "../db.js";
import { bearerChallenge, type Identity } from "../guards/identity.js";
import type { ErrorCode } from "../error-codes.js";
import { accessFor } from "../services/access.js";
import { FIGURE_EXPORT_COLUMNS, VERDICT_EXPORT_COLUMNS, claimDossier, eventFigures, publishedVerdictRows } from "../services/exports.js";
import { publicBaseUrlFor } from "../config.js";
import { refuseUnlessRead } from "./conditional.js";
import { embeddableJson } from "./feeds.js";
import { localIdFromPath } from "./global-id.js";

/**
 * Downloads, streamed as they are read:
 *   GET /exports/events/<eventId>/figures.csv|.json  an event's reported figures (readers of figures)
 *   GET /exports/claims/<claimId>.json               a claim with its appearances, evidence, ratings, verdicts
 *                                                    and history (readers of the desk)
 *   GET /exports/verdicts.csv                        the published verdicts (everyone)
 * Callers identify as for GraphQL (bearer token, API key, or the session cookie with the CSRF header).
 */
export const EXPORT_PATH = /^\/exports\/(?:events\/([^/]+)\/figures\.(csv|json)|claims\/([^/]+)\.json|verdicts\.csv)$/;

/** A file name made of the title's letters and digits, so no header can be broken by what an event is called. */
const fileName = (title: string, extension: string) =>
  `${
    title
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60)
      .toLowerCase() || "export"
  }.${extension}`;

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

/** An export refused, in the exports' error shape (the feeds' too: `{ error, code }`); true, as served. */
function refuseExport(res: ServerResponse, status: number, error: string, code: ErrorCode, headers: Record<string, string>) {
  res
    .writeHead(status, { "content-type": CONTENT_TYPES.json, "cache-control": "no-store", ...headers })
    .end(JSON.stringify({ error, code }));
  return true;
}

/**
 * How many exports stream at once, per caller and on this instance. An export costs one request of the caller's rate
 * limit however long it is, and holds its response (and, batch by batch, the database) for as long as its client
 * takes to read it: without a cap, one caller opening dozens and reading them slowly would take the instance's.
 */
export class ExportSlots {
  private readonly byCaller = new Map<string, number>();
  private running = 0;
  constructor(
    private readonly perCaller: number,
    private readonly overall: number,
  ) {}

  /** A slot for `caller`, given back by calling what is returned; or who is already at the limit. */
  take(caller: string): (() => void) | "caller" | "instance" {
    const mine = this.byCaller.get(caller) ?? 0;
    if (mine >= this.perCaller) return "caller";
    if (this.running >= this.overall) return "instance";
    this.byCaller.set(caller, mine + 1);
    this.running++;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.running--;
      const left = (this.byCaller.get(caller) ?? 1) - 1;
      if (left > 0) this.byCaller.set(caller, left);
      else this.byCaller.delete(caller);
    };
  }
}

/** Refuses an export when `caller` has too many streaming, or the instance has; otherwise serves it in a slot. */
export async function serveExportInSlot(slots: ExportSlots, caller: string, res: ServerResponse, serve: () => Promise<boolean>) {
  const slot = slots.take(caller);
  if (typeof slot !== "function") {
    return refuseExport(
      res,
      slot === "caller" ? 429 : 503,
      slot === "caller"
        ? "You already have as many exports downloading as the desk allows at once: finish one, then retry."
        : "The desk is serving as many exports as it can at once: retry shortly.",
      "export/too_many_at_once",
      { "retry-after": "5" },
    );
  }
  // "close" comes when the response was sent whole and when its client went away first.
  res.once("close", slot);
  try {
    return await serve();
  } catch (error) {
    slot();
    // A client that stops a download midway is no fault of the desk's: nothing to log.
    if ((error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE") return true;
    throw error;
  }
}

export async function serveExport(database: Database, identity: Identity, req: IncomingMessage, res: ServerResponse, path: string) {
  const match = path.match(EXPORT_PATH);
  if (!match) return false;
  if (refuseUnlessRead(req, res, () => ({ error: "Exports are downloaded with GET (or HEAD).", code: "request/method_not_allowed" })))
    return true;
  const [, eventGlobalId, figureFormat, claimGlobalId] = match;
  const access = accessFor(identity.viewer, identity.partner);
  const refuse = (status: 401 | 403 | 404, error: string, code: ErrorCode = "auth/forbidden") =>
    refuseExport(res, status, error, code, status === 401 ? bearerChallenge(false) : {});
  const start = (format: "csv" | "json", name: string, cache: string) =>
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": cache,
    });

  if (eventGlobalId) {
    if (!access.readsFigures)
      return refuse(identity.known ? 403 : 401, "Figures are for the desk's staff and keys with figures:read or claims:read.");
    const eventId = localIdFromPath(eventGlobalId, "Event");
    const figures = eventId ? await eventFigures(database.prisma, eventId, access) : null;
    if (!figures) return refuse(404, "No event with this id.", "event/not_found");
    const format = figureFormat as "csv" | "json";
    start(format, fileName(`${figures.title} figures`, format), "private, no-store");
    if (format === "csv") await streamCsv(figures.rows, FIGURE_EXPORT_COLUMNS, res);
    else await streamJsonArray(figures.rows, res);
    return true;
  }
  if (claimGlobalId) {
    if (!access.readsDesk) return refuse(identity.known ? 403 : 401, "Claim exports are for the desk's staff and keys with claims:read.");
    const claimId = localIdFromPath(claimGlobalId, "Claim");
    const dossier = claimId ? await claimDossier(database.prisma, claimId, access) : null;
    if (!dossier) return refuse(404, "No claim with this id.", "claim/not_found");
    // Named by the claim's global ID as the dossier gives it, without base64's padding and symbols: the address
    // carries it URL-encoded ("%3D%3D"), which made names like "claim-…3D3D.json".
    start("json", `claim-${dossier.claim.id.replace(/=+$/, "").replace(/[^A-Za-z0-9]/g, "")}.json`, "private, no-store");
    res.end(embeddableJson(dossier));
    return true;
  }
  const base = publicBaseUrlFor(req.headers.host);
  start("csv", "verdicts.csv", "public, max-age=60");
  await streamCsv(
    publishedVerdictRows(database.prisma, (id) => `${base}/verdicts/${id}`),
    VERDICT_EXPORT_COLUMNS,
    res,
  );
  return true;
}

/**
 * CSV with a header row, starting with a UTF-8 byte order mark so that Excel reads it as UTF-8 (place names such as
 * "Jablé" or "اللاذقية" otherwise open garbled). Cells that a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or carriage return) are prefixed with a quote, so a claim's text can never execute in the reader's
 * spreadsheet.
 */
async function streamCsv<Row extends object>(rows: AsyncIterable<Row>, columns: (keyof Row)[], res: ServerResponse) {
  await pipeline(
    Readable.from(rows),
    stringify({ bom: true, header: true, columns: columns as string[], escape_formulas: true, cast: { date: (d) => d.toISOString() } }),
    res,
  );
}

/** A JSON array written element by element. */
async function streamJsonArray(rows: AsyncIterable<unknown>, res: ServerResponse) {
  async function* chunks() {
    yield "[";
    let first = true;
    for await (const row of rows) {
      yield `${first ? "" : ","}\n${embeddableJson(row)}`;
      first = false;
    }
    yield "\n]\n";
  }
  await pipeline(Readable.from(chunks()), res);
}
