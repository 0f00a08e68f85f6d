import { z } from "zod";
import { role } from "./enums.js";
import { inTransaction, type Db, type DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import type { Role } from "../generated/prisma/enums.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { createSession } from "./sessions.js";
import type { DeskEvents } from "../desk-events.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { parseInput, text } from "./validation.js";
import { writeAudit, type Author } from "./audit.js";
import { lockName } from "./versioning.js";
import { SignInThrottled, type SignInThrottle } from "../guards/rate-limit.js";

const publicUser = (u: { id: string; email: string; name: string; role: Role; active: boolean }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
});

// 254 characters: the longest address mail can be sent to (RFC 5321's path limit less its brackets).
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email("Must be an email address"));

// A real hash to compare against when the email is unknown, so both failures take the same time.
const dummyHash = hashPassword("factdesk-timing-equaliser");

/**
 * Checks the password and starts a session. Failed attempts are throttled per account and per address
 * (guards/rate-limit.ts): a throttled attempt is refused before the password is even checked.
 */
export async function signIn(db: Db, input: { email: string; password: string }, throttle: SignInThrottle, ip: string) {
  const { email: address, password } = parseInput(
    z.object({ email, password: z.string().min(1, "Password must not be empty").max(1024) }),
    input,
  );
  try {
    await throttle.begin(address, ip);
  } catch (error) {
    if (!(error instanceof SignInThrottled)) throw error;
    throw ValidationError.field(["input", "password"], error.message, "auth/too_many_attempts");
  }
  let user: Awaited<ReturnType<typeof db.user.findUnique>>;
  try {
    user = await db.user.findUnique({ where: { email: address } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
    if (!user || !ok || !user.active) {
      await throttle.failed(address, ip);
      throw new ValidationError([{ path: ["input", "password"], message: "Wrong email or password." }], "auth/invalid_credentials");
    }
    await throttle.succeeded(address);
  } finally {
    await throttle.end(address);
  }
  return db.$transaction(async (tx) => {
    const session = await createSession(tx, user.id);
    await writeAudit(tx, user, { action: "session.sign_in", entityType: "User", entityId: user.id });
    return { user, ...session };
  });
}

/** Revokes the viewer's session; `events` tells every instance to forget it. */
export async function signOut(db: Db, events: DeskEvents, viewer: Viewer) {
  await db.$transaction(async (tx) => {
    await tx.session.update({ where: { id: viewer.sessionId }, data: { revokedAt: new Date() } });
    await writeAudit(tx, viewer, { action: "session.sign_out", entityType: "User", entityId: viewer.id });
  });
  events.publish("sessions.forget", { sessionId: viewer.sessionId });
}

/** The one way a user row is written: by an admin, or by nobody when the desk is seeded (first admin, demo desk). */
export async function createUser(
  db: Db | DbTx,
  viewer: Author | null,
  input: { email: string; name: string; role: Role; password: string },
) {
  const data = parseInput(
    z.object({
      email,
      name: text(200, "Name"),
      role: role,
      password: z
        .string()
        .min(10, "Password must have at least 10 characters")
        .max(1024)
        .refine((p) => /\S/.test(p), "A password of spaces only is no password"),
    }),
    input,
  );
  const passwordHash = await hashPassword(data.password);
  return inTransaction(db, async (tx) => {
    // Two admins adding the same person at once: the second is told the address is taken.
    await lockName(tx, "user", data.email);
    if (await tx.user.findUnique({ where: { email: data.email } })) {
      throw ValidationError.field(["input", "email"], "A user with this email already exists.", "user/email_taken");
    }
    const user = await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash } });
    await writeAudit(tx, viewer, { action: "user.create", entityType: "User", entityId: user.id, after: publicUser(user) });
    return user;
  });
}

async function updateUser(
  db: Db,
  events: DeskEvents,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  action: string,
  data: { role?: Role; active?: boolean },
) {
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("User", id);
    if (id === viewer.id) throw new ForbiddenError("Admins cannot change their own role or deactivate themselves.", "user/self_change");
    const { count } = await tx.user.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("User", id, before.version);
    if (data.active === false) await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    const after = await tx.user.findUniqueOrThrow({ where: { id } });
    await writeAudit(tx, viewer, { action, entityType: "User", entityId: id, before: publicUser(before), after: publicUser(after) });
    return after;
  });
  events.publish("sessions.forget", { userId: id });
  return updated;
}

export const updateUserRole = (db: Db, events: DeskEvents, viewer: Viewer, id: string, role: Role, expectedVersion: number) =>
  updateUser(db, events, viewer, id, expectedVersion, "user.update_role", { role });

export const deactivateUser = (db: Db, events: DeskEvents, viewer: Viewer, id: string, expectedVersion: number) =>
  updateUser(db, events, viewer, id, expectedVersion, "user.deactivate", { active: false });
