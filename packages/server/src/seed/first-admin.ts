import type { Db } from "../db.js";
import { StartupError, ValidationError } from "../errors.js";
import { createUser } from "../services/users.js";

/** Creates the first admin from FACTDESK_ADMIN_EMAIL/PASSWORD when the desk has no users; returns its email. */
export async function ensureFirstAdmin(prisma: Db, email?: string, password?: string): Promise<string | null> {
  if (!email || !password) return null;
  if ((await prisma.user.count()) > 0) return null;
  try {
    return await prisma.$transaction(async (tx) => {
      if ((await tx.user.count()) > 0) return null;
      const admin = await createUser(tx, null, { email, name: "Administrator", role: "ADMIN", password });
      return admin.email;
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new StartupError(`FACTDESK_ADMIN_EMAIL / FACTDESK_ADMIN_PASSWORD: ${error.issues.map((i) => i.message).join("; ")}.`);
    }
    throw error;
  }
}
