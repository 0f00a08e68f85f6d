import { useId, type ReactNode } from "react";

interface ExtractedItemProps {
  /** The checkbox's accessible name: the claim text, the figure or what the media shows. */
  label: ReactNode;
  checked: boolean;
  onToggle: () => void;
  /** Who said it, hedges, score and warnings: the checkbox's description. */
  children: ReactNode;
}

/** One extracted item with its tick box: ticked items are saved, unticked ones skipped. */
export function ExtractedItem({ label, checked, onToggle, children }: ExtractedItemProps) {
  const id = useId();
  return (
    <li className={`extract-item${checked ? "" : " is-unticked"}`}>
      <input id={id} type="checkbox" checked={checked} onChange={onToggle} aria-describedby={`${id}-details`} />
      <div className="extract-body">
        <label htmlFor={id} className="extract-label">
          {label}
        </label>
        <div className="extract-details" id={`${id}-details`}>
          {children}
        </div>
      </div>
    </li>
  );
}
