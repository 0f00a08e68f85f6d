import { humanize, statusLabel } from "../../lib/format";

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status.toLowerCase().replace(/_/g, "-")}`}>{statusLabel[status] ?? humanize(status)}</span>;
}
