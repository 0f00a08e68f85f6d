import { builder } from "../builder.js";
import { CaptureError } from "../errors.js";
import { currentBudget } from "../guards/request-budget.js";
import { captureStoreFor } from "../services/capture-store.js";
import * as captures from "../services/source-captures.js";
import { prismaEnum } from "./enums.js";
import { ErrorInterface } from "./errors.js";
import { SourceRefInput, mutationQuery, sourceRef } from "./inputs.js";
import { Source } from "./sources.js";

// Archived copies of sources: captured from their URL (captureSource) or uploaded (POST /sources/<id>/captures,
// http/captures.ts), served to signed-in staff at GET /captures/<sha256>.

const CaptureOriginEnum = prismaEnum("CaptureOrigin", "How an archived copy was obtained.", {
  FETCHED: "FactDesk fetched the source's URL (captureSource).",
  UPLOADED: "A reviewer uploaded the file.",
});

export const SourceCaptureNode = builder.prismaNode("SourceCapture", {
  select: { id: true },
  id: { field: "id" },
  nullable: true,
  description: "An archived copy of a source, as it was when captured: its bytes are kept by SHA-256 and never change.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    sha256: t.exposeString("sha256", { description: "SHA-256 of the bytes kept, in lower-case hex: the copy's identity." }),
    contentType: t.exposeString("contentType", { description: "Media type, as the site sent it or as an upload's content showed." }),
    byteSize: t.exposeInt("byteSize", { description: "Size in bytes." }),
    origin: t.expose("origin", { type: CaptureOriginEnum, description: "Fetched by FactDesk or uploaded." }),
    capturedAt: t.expose("capturedAt", { type: "DateTime", description: "When it was fetched or uploaded." }),
    capturedBy: t.relation("capturedBy", { description: "Who captured or uploaded it." }),
    requestedUrl: t.exposeString("requestedUrl", { nullable: true, description: "The URL fetched (FETCHED)." }),
    finalUrl: t.exposeString("finalUrl", { nullable: true, description: "Where redirects led: the page actually kept (FETCHED)." }),
    httpStatus: t.exposeInt("httpStatus", { nullable: true, description: "The HTTP status of the page kept (FETCHED)." }),
    downloadPath: t.string({
      description: "Where signed-in staff download the copy on this desk: `/captures/<sha256>` (HTML always as an attachment).",
      select: { sha256: true },
      resolve: (capture) => `/captures/${capture.sha256}`,
    }),
    source: t.relation("source", { description: "The source it is a copy of." }),
  }),
});

builder.prismaObjectFields(Source, (t) => ({
  captures: t.relatedConnection("captures", {
    cursor: "id",
    authScopes: { signedIn: true },
    query: { orderBy: [{ capturedAt: "desc" }, { id: "desc" }] },
    description: "Archived copies of the source, newest first (signed-in staff).",
  }),
}));

builder.objectType(CaptureError, {
  name: "CaptureError",
  description:
    "The page could not be captured, or the file kept: refused address, too large, timed out, not http(s), an HTTP error … (see `code`). Nothing was stored.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    url: t.exposeString("url", { nullable: true, description: "The URL refused or failing (after redirects, the hop that failed)." }),
    httpStatus: t.exposeInt("httpStatus", { nullable: true, description: "The HTTP status the site answered with, when it answered." }),
  }),
});

const CaptureSourceInput = builder.inputType("CaptureSourceInput", {
  description: "The source to capture: a known source by id (its URL is fetched), or a URL (found among sources, or added).",
  fields: (t) => ({
    source: t.field({ type: SourceRefInput, required: true, description: "The source, by `id` or `url`." }),
    replaceDetails: t.boolean({
      required: false,
      description: "Overwrite the source's title, publisher, author and date with the page's (default: fill only empty ones).",
    }),
  }),
});

const CaptureSourceSuccess = builder.objectRef<captures.CaptureOutcome>("CaptureSourceSuccess").implement({
  description: "The copy kept, and the source with the details its page filled in.",
  fields: (t) => ({
    capture: t.prismaField({
      type: "SourceCapture",
      description: "The archived copy.",
      resolve: (query, p, _a, ctx) => ctx.prisma.sourceCapture.findUniqueOrThrow({ ...mutationQuery(query), where: { id: p.captureId } }),
    }),
    source: t.prismaField({
      type: "Source",
      description: "The source, as it is now.",
      resolve: (query, p, _a, ctx) => ctx.prisma.source.findUniqueOrThrow({ ...mutationQuery(query), where: { id: p.sourceId } }),
    }),
    filledFields: t.exposeStringList("filled", {
      description:
        "Source fields set from the page's metadata (`title`, `publisher`, `author`, `publishedAt`); correct them with updateSource.",
    }),
  }),
});

builder.mutationFields((t) => ({
  captureSource: t.field({
    type: CaptureSourceSuccess,
    description:
      "Fetches a source's page once and keeps it as an archived copy (by SHA-256, with the time), filling the source's empty details from the page's metadata (reviewers).",
    authScopes: { reviewer: true },
    errors: { types: [CaptureError], directResult: true },
    args: { input: t.arg({ type: CaptureSourceInput, required: true, description: "The source." }) },
    resolve: (_root, { input }, ctx) =>
      captures.captureSource(
        ctx.prisma,
        captureStoreFor(ctx.database, ctx.config),
        ctx.viewer!,
        { source: sourceRef(input.source), replaceDetails: input.replaceDetails },
        ctx.config.captures,
        currentBudget()?.signal,
      ),
  }),
}));
