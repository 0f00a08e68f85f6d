import type { ReactNode } from "react";

// The controls that narrow a list (the claim queue, the public fact-checks, a toll's metric, the API keys): each a
// label and its control, applied as soon as it changes.

interface FilterProps<V> {
  id: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
}

/** The bar's search box; `/` anywhere on the page lands in it. */
export function SearchFilter({ id, label, placeholder, value, onChange }: FilterProps<string> & { placeholder: string }) {
  return (
    <div className="filter filter-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" data-slash-search placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** One choice among the options given as children (which offer only values of `V`). */
export function SelectFilter<V extends string>({ id, label, value, onChange, children }: FilterProps<V> & { children: ReactNode }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {children}
      </select>
    </div>
  );
}

export function CheckFilter({ id, label, value, onChange }: FilterProps<boolean>) {
  return (
    <div className="filter filter-check">
      <input id={id} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
