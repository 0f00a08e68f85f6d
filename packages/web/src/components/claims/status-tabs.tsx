import { formatNumber, statusLabel, statusOrder } from "../../lib/format";

export type StatusCounts = Partial<Record<(typeof statusOrder)[number], number | undefined>>;

interface StatusTabsProps {
  counts: StatusCounts;
  total: number | undefined;
  selected: string[];
  onSelect: (status: string[]) => void;
}

/** Counts per status for the current filters; choosing one narrows the queue to it. */
export function StatusTabs({ counts, total, selected, onSelect }: StatusTabsProps) {
  const tab = (key: string, label: string, count: number | undefined, pressed: boolean, statuses: string[]) => (
    <li key={key}>
      <button type="button" className="status-tab" aria-pressed={pressed} onClick={() => onSelect(statuses)}>
        <span>{label}</span>
        <span className="count">
          <span aria-hidden="true">{count == null ? "…" : formatNumber(count)}</span>
          <span className="visually-hidden">{count == null ? "count loading" : `${count} ${count === 1 ? "claim" : "claims"}`}</span>
        </span>
      </button>
    </li>
  );
  return (
    <nav aria-label="Claims by status">
      <ul className="status-tabs">
        {tab("all", "All", total, selected.length === 0, [])}
        {statusOrder.map((status) =>
          tab(status, statusLabel[status], counts[status], selected.length === 1 && selected[0] === status, [status]),
        )}
      </ul>
    </nav>
  );
}
