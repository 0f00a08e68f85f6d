import crypto from "node:crypto";
import { z } from "zod";
import type { Db, DbTx } from "../db.js";
import type { Partner, Viewer } from "../context.js";
import type { ApiKey, Prisma } from "../generated/prisma/client.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { writeAudit } from "./audit.js";
import { parseInput, text } from "./validation.js";
import { apiKeyScope } from "./enums.js";
import { updateWithVersion } from "./versioning.js";

// A key reads `fdk_<public id>_<secret>`: the public part (the stored `prefix`) is safe to show and log and finds
// the row; the secret is 32 random bytes, compared by hash in constant time.
const KEY_PATTERN = /^(fdk_[a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

const hashSecret = (secret: string) => crypto.createHash("sha256").update(secret).digest("hex");

function newKeyMaterial() {
  const prefix = `fdk_${Array.from(crypto.randomBytes(12), (b) => BASE32[b % 32]).join("")}`;
  const secret = crypto.randomBytes(32).toString("base64url");
  return { prefix, secret, token: `${prefix}_${secret}`, secretHash: hashSecret(secret) };
}

/** Does this bearer token look like an API key (rather than a session token)? */
export const isApiKeyToken = (token: string) => token.startsWith("fdk_");

/** Why a key was refused, in a sentence for the partner's engineer. */
export class ApiKeyRejected extends Error {
  override name = "ApiKeyRejected";
}

const public_ = (key: ApiKey) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  rateLimitPerMinute: key.rateLimitPerMinute,
  expiresAt: key.expiresAt,
  revokedAt: key.revokedAt,
  replacedById: key.replacedById,
});

/**
 * The partner an API key stands for. Throws ApiKeyRejected for a key that is malformed, unknown, revoked or
 * expired. Records when the key was last used (at most once a minute, so reads stay reads).
 */
export async function partnerForApiKey(db: DbTx, token: string): Promise<Partner> {
  const match = KEY_PATTERN.exec(token);
  if (!match)
    throw new ApiKeyRejected(
      token.startsWith("fdk_")
        ? "This API key is malformed: check that it was copied whole (fdk_, 12 characters, an underscore and 43 more)."
        : "This is not a FactDesk API key (they start with fdk_).",
    );
  const key = await db.apiKey.findUnique({ where: { prefix: match[1]! } });
  const expected = Buffer.from(key?.secretHash ?? hashSecret("no such key"), "hex");
  const actual = Buffer.from(hashSecret(match[2]!), "hex");
  if (!key || !crypto.timingSafeEqual(expected, actual)) throw new ApiKeyRejected("Unknown API key.");
  const now = new Date();
  if (key.revokedAt) {
    throw new ApiKeyRejected(
      `API key ${key.prefix} was revoked on ${key.revokedAt.toISOString()}${key.replacedById ? "; use the key that replaced it" : ""}.`,
    );
  }
  if (key.expiresAt && key.expiresAt <= now) throw new ApiKeyRejected(`API key ${key.prefix} expired on ${key.expiresAt.toISOString()}.`);
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    // Raw SQL: using a key is not a change to it, so neither `updatedAt` nor `version` moves.
    await db.$executeRaw`UPDATE "ApiKey" SET "lastUsedAt" = ${now} WHERE id = ${key.id} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${new Date(now.getTime() - 60_000)})`;
  }
  return { keyId: key.id, name: key.name, scopes: key.scopes, rateLimitPerMinute: key.rateLimitPerMinute };
}

const futureDate = z.date().refine((d) => d.getTime() > Date.now(), "Expiry must be in the future");

const createSchema = z.object({
  name: text(200, "Name"),
  scopes: z
    .array(apiKeyScope)
    .min(1, "Give the key at least one scope")
    .transform((list) => [...new Set(list)]),
  expiresAt: futureDate.nullish(),
  rateLimitPerMinute: z.number().int().min(1, "At least 1 request a minute").max(100_000, "At most 100,000 requests a minute").nullish(),
});

export type CreateApiKeyInput = z.input<typeof createSchema>;

async function insertKey(tx: DbTx, viewer: Viewer, data: z.output<typeof createSchema>, action: string) {
  const material = newKeyMaterial();
  const key = await tx.apiKey.create({
    data: {
      name: data.name,
      prefix: material.prefix,
      secretHash: material.secretHash,
      scopes: data.scopes,
      expiresAt: data.expiresAt ?? null,
      rateLimitPerMinute: data.rateLimitPerMinute ?? null,
      createdById: viewer.id,
    },
  });
  await writeAudit(tx, viewer, { action, entityType: "ApiKey", entityId: key.id, after: public_(key) });
  return { key, secret: material.token };
}

/** Creates a key; the returned secret is shown once and never stored. */
export async function createApiKey(db: Db, viewer: Viewer, input: CreateApiKeyInput) {
  const data = parseInput(createSchema, input);
  return db.$transaction((tx) => insertKey(tx, viewer, data, "api_key.create"));
}

async function liveKey(tx: DbTx, id: string) {
  const key = await tx.apiKey.findUnique({ where: { id } });
  if (!key) throw new NotFoundError("ApiKey", id);
  if (key.revokedAt) throw ValidationError.field(["input", "id"], "This key is already revoked.", "api_key/revoked");
  return key;
}

/** Changes a key still at `expectedVersion` and moves its version on (see updateWithVersion). */
function updateApiKey(tx: DbTx, id: string, expectedVersion: number, data: Prisma.ApiKeyUncheckedUpdateManyInput) {
  return updateWithVersion({
    entityType: "ApiKey",
    id,
    expectedVersion,
    load: () => tx.apiKey.findUnique({ where: { id } }),
    update: () => tx.apiKey.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
  });
}

/**
 * Replaces a key with a new secret (same name, scopes, limit and expiry). The old key keeps working for
 * `graceMinutes` (0: stops now), so a partner can deploy the new one without downtime.
 */
export async function rotateApiKey(db: Db, viewer: Viewer, id: string, expectedVersion: number, graceMinutes: number) {
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0 || graceMinutes > 7 * 24 * 60) {
    throw ValidationError.field(["input", "graceMinutes"], "Grace period must be between 0 minutes and 7 days.");
  }
  return db.$transaction(async (tx) => {
    const old = await liveKey(tx, id);
    // Its replacement would inherit an expiry in the past.
    if (old.expiresAt && old.expiresAt <= new Date()) {
      throw ValidationError.field(["input", "id"], "This key has expired; create a new one instead.", "api_key/expired");
    }
    const created = await insertKey(tx, viewer, old, "api_key.rotate");
    const now = Date.now();
    const graceEnd = new Date(now + graceMinutes * 60_000);
    const stopsAt = old.expiresAt && old.expiresAt < graceEnd ? old.expiresAt : graceEnd;
    const { before, after } = await updateApiKey(
      tx,
      id,
      expectedVersion,
      graceMinutes === 0
        ? { revokedAt: new Date(now), replacedById: created.key.id }
        : { expiresAt: stopsAt, replacedById: created.key.id },
    );
    await writeAudit(tx, viewer, {
      action: "api_key.replace",
      entityType: "ApiKey",
      entityId: id,
      before: public_(before),
      after: public_(after),
    });
    return created;
  });
}

/** Stops a key at once. */
export async function revokeApiKey(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    await liveKey(tx, id);
    const { before, after } = await updateApiKey(tx, id, expectedVersion, { revokedAt: new Date() });
    await writeAudit(tx, viewer, {
      action: "api_key.revoke",
      entityType: "ApiKey",
      entityId: id,
      before: public_(before),
      after: public_(after),
    });
    return after;
  });
}
