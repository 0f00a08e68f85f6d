import { humanize } from "../../lib/format";

/** A rating or verdict label, coloured by where it sits on the TRUE … FALSE scale. */
export function LabelBadge({ label, prefix }: { label: string; prefix?: string }) {
  return (
    <span className={`badge label-${label.toLowerCase().replace(/_/g, "-")}`}>
      {prefix ? `${prefix} ` : ""}
      {humanize(label)}
    </span>
  );
}
