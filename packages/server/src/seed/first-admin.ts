import type { Db } from "../db.js";
import { StartupError, ValidationError } from "../errors.js";
import { createUser } from "../services/users.js";

/** What start-up did with FACTDESK_ADMIN_EMAIL/PASSWORD, for its log. */
export type FirstAdminOutcome = { created: string } | { notCreated: string } | null;

/**
 * Creates an admin from FACTDESK_ADMIN_EMAIL/PASSWORD when the desk has no active admin, so that a desk loaded
 * with the demo (reviewers and editors only) or by hand still gets one. An existing account with that email is never
 * changed: start-up says why no admin was made.
 */
export async function ensureFirstAdmin(prisma: Db, email?: string, password?: string): Promise<FirstAdminOutcome> {
  if (!email || !password) return null;
  try {
    return await prisma.$transaction(async (tx) => {
      if ((await tx.user.count({ where: { role: "ADMIN", active: true } })) > 0) return null;
      const existing = await tx.user.findFirst({ where: { email: { equals: email.trim(), mode: "insensitive" } } });
      if (existing)
        return {
          notCreated: `The desk has no admin, and ${existing.email} is already a ${existing.role.toLowerCase()}${existing.active ? "" : " (deactivated)"}: no admin was created. Set FACTDESK_ADMIN_EMAIL to another address.`,
        };
      const admin = await createUser(tx, null, { email, name: "Administrator", role: "ADMIN", password });
      return { created: admin.email };
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new StartupError(`FACTDESK_ADMIN_EMAIL / FACTDESK_ADMIN_PASSWORD: ${error.issues.map((i) => i.message).join("; ")}.`);
    }
    throw error;
  }
}
