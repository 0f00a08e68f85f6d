import { formatDateTime, formatUtcDateTime } from "../../lib/format";

/** A moment shown in the reader's time zone, with UTC on hover (and the exact instant for machines). */
export function DateTime({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <>—</>;
  return (
    <time dateTime={iso} title={formatUtcDateTime(iso)}>
      {formatDateTime(iso)}
    </time>
  );
}
