import { statusLabel } from "../../lib/format";
import type { Enum } from "../../lib/enums";

export function StatusBadge({ status }: { status: Enum<"ClaimStatus"> }) {
  return <span className={`badge status-${status.toLowerCase().replace(/_/g, "-")}`}>{statusLabel[status]}</span>;
}
