import type { Db } from "../db.js";
import { hashPassword } from "./passwords.js";
import { writeAudit } from "./audit.js";

/** Creates the first admin from FACTDESK_ADMIN_EMAIL/PASSWORD when the desk has no users; returns its email. */
export async function ensureFirstAdmin(prisma: Db, email?: string, password?: string): Promise<string | null> {
  if (!email || !password) return null;
  if ((await prisma.user.count()) > 0) return null;
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) return null;
    const admin = await tx.user.create({
      data: { email: email.trim().toLowerCase(), name: "Administrator", role: "ADMIN", passwordHash },
    });
    await writeAudit(tx, null, {
      action: "user.create",
      entityType: "User",
      entityId: admin.id,
      after: { id: admin.id, email: admin.email, role: admin.role, origin: "FACTDESK_ADMIN_EMAIL" },
    });
    return admin.email;
  });
}
