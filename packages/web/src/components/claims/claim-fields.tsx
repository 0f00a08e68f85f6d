import { Field } from "../forms/field";
import type { FieldIssue } from "../forms/form-errors";
import { EnumOptions, NodeOptions } from "../forms/options";
import { datePrecisionLabel, placePrecisionLabel } from "../../lib/format";
import type { Enum } from "../../lib/enums";

// The fields that say when, where and about what a claim was made, shared by the New claim and Edit claim forms (and
// the date by the verdict correction's wording), so each is entered and sent the same way everywhere.

export interface ClaimDateValue {
  /** yyyy-mm-dd, or "" for no date. */
  claimDate: string;
  claimDatePrecision: Enum<"DatePrecision"> | "";
}

/** The precision sent with a date: none without a date, and Day (what a date input gives) unless chosen. */
export const datePrecisionInput = (value: ClaimDateValue) => (value.claimDate ? value.claimDatePrecision || "DAY" : null);

interface ClaimDateFieldsProps {
  value: ClaimDateValue;
  onChange: (value: ClaimDateValue) => void;
  issues: (field: keyof ClaimDateValue) => FieldIssue[];
  /** The date is part of a judged wording that may not change here. */
  readOnly?: boolean;
  describedBy?: string;
}

/** When the claim was made, and how precisely that is known ("March 2025" is a date in March, precision Month). */
export function ClaimDateFields({ value, onChange, issues, readOnly = false, describedBy }: ClaimDateFieldsProps) {
  return (
    <>
      <Field label="Claim date" issues={issues("claimDate")} describedBy={describedBy}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={value.claimDate}
            readOnly={readOnly}
            onChange={(e) =>
              onChange({ claimDate: e.target.value, claimDatePrecision: e.target.value ? value.claimDatePrecision || "DAY" : "" })
            }
          />
        )}
      </Field>
      <Field label="Date precision" issues={issues("claimDatePrecision")} hint="How precisely the date is known" describedBy={describedBy}>
        {(control) => (
          // A select cannot be read-only; disabled, it still shows the value.
          <select
            {...control}
            value={value.claimDatePrecision}
            onChange={(e) => onChange({ ...value, claimDatePrecision: e.target.value as ClaimDateValue["claimDatePrecision"] })}
            disabled={readOnly || !value.claimDate}
          >
            {!value.claimDate && <option value="">No date</option>}
            <EnumOptions labels={datePrecisionLabel} />
          </select>
        )}
      </Field>
    </>
  );
}

export interface PlaceValue {
  place: string;
  placePrecision: Enum<"PlacePrecision"> | "";
}

/** The precision sent with a place: none without a place, or when the reviewer did not say. */
export const placePrecisionInput = (value: PlaceValue) => (value.place.trim() ? value.placePrecision || null : null);

interface PlaceFieldsProps {
  value: PlaceValue;
  onChange: (value: PlaceValue) => void;
  issues: (field: keyof PlaceValue) => FieldIssue[];
}

/** Where the claim was made, and whether that names a street, a city or only a country. */
export function PlaceFields({ value, onChange, issues }: PlaceFieldsProps) {
  return (
    <>
      <Field label="Place" issues={issues("place")}>
        {(control) => (
          <input
            {...control}
            value={value.place}
            onChange={(e) => onChange({ place: e.target.value, placePrecision: e.target.value.trim() ? value.placePrecision : "" })}
          />
        )}
      </Field>
      <Field label="Place precision" issues={issues("placePrecision")} hint="What the place names">
        {(control) => (
          <select
            {...control}
            value={value.placePrecision}
            onChange={(e) => onChange({ ...value, placePrecision: e.target.value as PlaceValue["placePrecision"] })}
            disabled={!value.place.trim()}
          >
            <option value="">Not stated</option>
            <EnumOptions labels={placePrecisionLabel} />
          </select>
        )}
      </Field>
    </>
  );
}

interface EventFieldProps {
  value: string;
  onChange: (id: string) => void;
  events: readonly { id: string; title: string }[];
  issues: FieldIssue[];
}

/** The event the claim is about, from the desk's events. */
export function EventField({ value, onChange, events, issues }: EventFieldProps) {
  return (
    <Field label="Event" issues={issues}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">No event</option>
          <NodeOptions nodes={events} label={(node) => node.title} />
        </select>
      )}
    </Field>
  );
}
