import { decodeGlobalID } from "@pothos/plugin-relay";

/** The database id inside a global ID from an address, or null when it is malformed or names another type. */
export function localIdFromPath(globalId: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(decodeURIComponent(globalId));
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}
