import type { ReactNode } from "react";

// The controls that narrow a list (the claim queue, the public fact-checks, a toll's metric, the API keys): each a
// label and its control, applied as soon as it changes.

interface FilterProps<V> {
  id: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
  /** The query parameter it is sent as when the form is submitted without JavaScript (public pages). */
  name?: string;
}

/** The bar's search box; `/` anywhere on the page lands in it. */
export function SearchFilter({ id, label, placeholder, value, onChange, name }: FilterProps<string> & { placeholder: string }) {
  return (
    <div className="filter filter-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="search"
        data-slash-search
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** One choice among the options given as children (which offer only values of `V`). */
export function SelectFilter<V extends string>({ id, label, value, onChange, name, children }: FilterProps<V> & { children: ReactNode }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {children}
      </select>
    </div>
  );
}

/** A yes/no filter; submitted without JavaScript, it is sent as `name=<checkedValue>` when ticked. */
export function CheckFilter({ id, label, value, onChange, name, checkedValue }: FilterProps<boolean> & { checkedValue?: string }) {
  return (
    <div className="filter filter-check">
      <input id={id} name={name} value={checkedValue} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
