import type { Prisma } from "../generated/prisma/client.js";

/** Signed-in users see every claim; anonymous visitors only those with a published verdict. */
export function claimVisibleTo(viewerId: string | undefined): Prisma.ClaimWhereInput {
  return viewerId ? {} : { status: "PUBLISHED", verdict: { is: { state: "PUBLISHED" } } };
}
