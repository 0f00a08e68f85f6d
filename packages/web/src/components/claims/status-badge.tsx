import { statusLabel } from "../../lib/format";
import type { ClaimStatus } from "../../lib/enums";

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span className={`badge status-${status.toLowerCase().replace(/_/g, "-")}`}>{statusLabel[status]}</span>;
}
