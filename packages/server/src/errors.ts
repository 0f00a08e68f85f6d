/** A start-up failure with a message meant for the person running FactDesk (printed without a stack). */
export class StartupError extends Error {
  override name = "StartupError";
}

import { GraphQLError } from "graphql";
import type { ErrorCode } from "./error-codes.js";

/**
 * Expected failures a client can act on. Each has a stable `code` (`<domain>/<reason>`) that clients switch on;
 * the GraphQL layer exposes them as members of mutation result unions (see schema/errors.ts).
 */
export abstract class DomainError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    // A GraphQLError so that, where a field has no result union (reads), yoga shows it instead of masking it.
    super(message, { extensions: { code } });
  }
}

export interface FieldIssue {
  /** Path of the offending input field, e.g. ["input", "bounds", "low"]. */
  path: string[];
  message: string;
}

export class ValidationError extends DomainError {
  override name = "ValidationError";
  constructor(
    readonly issues: FieldIssue[],
    code: ErrorCode = "input/invalid",
  ) {
    super(issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "), code);
  }
  static field(path: string[], message: string, code?: ErrorCode) {
    return new ValidationError([{ path, message }], code);
  }
}

/** A type's name as codes and messages spell it: "ReportedFigure" → "reported_figure" (code) or "reported figure". */
const spelled = (entityType: string, separator: "_" | " ") => entityType.replace(/([a-z])([A-Z])/g, `$1${separator}$2`).toLowerCase();

export class NotFoundError extends DomainError {
  override name = "NotFoundError";
  constructor(
    readonly entityType: string,
    readonly id: string,
  ) {
    // The message is for people: the type in words, never the raw database id (`id` carries the global ID).
    super(`No ${spelled(entityType, " ")} has this ID.`, `${spelled(entityType, "_")}/not_found`);
  }
}

export class ConflictError extends DomainError {
  override name = "ConflictError";
  constructor(
    readonly entityType: string,
    readonly id: string,
    readonly currentVersion: number,
    message = `This ${spelled(entityType, " ")} was changed since you loaded it (now at version ${currentVersion}). Reload it and apply your edit again.`,
    code: ErrorCode = `${spelled(entityType, "_")}/version_conflict`,
  ) {
    super(message, code);
  }
}

export class ForbiddenError extends DomainError {
  override name = "ForbiddenError";
  constructor(message = "You are not allowed to do this.", code: ErrorCode = "auth/forbidden") {
    super(message, code);
  }
}

/**
 * A page could not be captured or a file could not be kept as a source's copy: why is in `code` (`capture/…`),
 * and the URL refused or answering (after redirects) and its HTTP status when there was one. Nothing was stored.
 */
export class CaptureError extends DomainError {
  override name = "CaptureError";
  constructor(
    message: string,
    code: Extract<ErrorCode, `capture/${string}`>,
    readonly url: string | null = null,
    readonly httpStatus: number | null = null,
  ) {
    super(message, code);
  }
}
