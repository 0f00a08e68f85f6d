import { describeChanges, type FieldChange } from "../../lib/changes";

/**
 * What an edit changed, field by field: "Text: <del>old</del> → <ins>new</ins>". Long text gets a line each for
 * before and after; references to other rows only say that they changed.
 */
export function FieldChangeList({ changes, entityType, label }: { changes: readonly FieldChange[]; entityType?: string; label?: string }) {
  const described = describeChanges(changes, entityType);
  if (described.length === 0) return null;
  return (
    <ul className="change-list" aria-label={label}>
      {described.map((c) =>
        c.before === null || c.after === null ? (
          <li key={c.field}>
            <span className="change-field">{c.name}</span> changed
          </li>
        ) : c.long ? (
          <li key={c.field} className="change-long">
            <span className="change-field">{c.name}:</span>
            <span className="change-side">
              <span className="change-tag">Before</span> <del>{c.before}</del>
            </span>
            <span className="change-side">
              <span className="change-tag">After</span> <ins>{c.after}</ins>
            </span>
          </li>
        ) : (
          <li key={c.field}>
            <span className="change-field">{c.name}:</span> <del>{c.before}</del> → <ins>{c.after}</ins>
          </li>
        ),
      )}
    </ul>
  );
}
