import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { Field } from "../forms/field";
import type { FieldIssue } from "../forms/form-errors";
import { EnumOptions, NodeOptions } from "../forms/options";
import { claimKindLabel, datePrecisionLabel, fromDateInput, placePrecisionLabel } from "../../lib/format";
import type { Enum } from "../../lib/enums";
import { ClaimantField } from "./claimant-field";

// The fields that say when, where and about what a claim was made, shared by the New claim and Edit claim forms (and
// the date by the verdict correction's wording), so each is entered and sent the same way everywhere.

export interface ClaimDateValue {
  /** yyyy-mm-dd, or "" for no date. */
  claimDate: string;
  claimDatePrecision: Enum<"DatePrecision"> | "";
}

/** The date as the API takes it; its precision is none without a date, and Day (what a date input gives) unless chosen. */
export const claimDateInput = (value: ClaimDateValue) => ({
  claimDate: fromDateInput(value.claimDate),
  claimDatePrecision: value.claimDate ? value.claimDatePrecision || ("DAY" as const) : null,
});

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

/** The place as the API takes it; its precision is none without a place, or when the reviewer did not say. */
export const placeInput = (value: PlaceValue) => ({
  place: value.place.trim() || null,
  placePrecision: value.place.trim() ? value.placePrecision || null : null,
});

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

/** Comma-separated tags as they are sent: trimmed, lower-case, no empty ones. */
export const tagsInput = (tags: string) =>
  tags
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);

/** The people and events a claim's details are chosen from. */
export const ClaimDetailFields_QueryFragment = graphql(`
  fragment ClaimDetailFields_QueryFragment on Query {
    entities(first: 100) { edges { node { id name title } } }
    events(first: 100) { edges { node { id title } } }
  }
`);

/** What ClaimDetailFields edits; the claimant and the event are ids, "" for none. */
export interface ClaimDetails extends ClaimDateValue, PlaceValue {
  kind: Enum<"ClaimKind">;
  claimant: string;
  claimantRole: string;
  event: string;
}

interface ClaimDetailFieldsProps {
  value: ClaimDetails;
  onChange: (change: Partial<ClaimDetails>) => void;
  /** The people and events to choose from; none while they load. */
  query: FragmentOf<typeof ClaimDetailFields_QueryFragment> | undefined;
  issues: (field: keyof ClaimDetails) => FieldIssue[];
  claimantHint?: string;
  /** The claimant, their role and the date are part of a judged wording that may not change here. */
  wordingFrozen?: boolean;
  /** What says why the wording is frozen. */
  describedBy?: string;
}

/** What kind of claim it is, who made it in what role, when, where and about which event: cells of a `field-grid`. */
export function ClaimDetailFields({
  value,
  onChange,
  query,
  issues,
  claimantHint,
  wordingFrozen = false,
  describedBy,
}: ClaimDetailFieldsProps) {
  const lists = readFragment(ClaimDetailFields_QueryFragment, query);
  return (
    <>
      <Field label="Kind" issues={issues("kind")}>
        {(control) => (
          <select {...control} value={value.kind} onChange={(e) => onChange({ kind: e.target.value as Enum<"ClaimKind"> })}>
            <EnumOptions labels={claimKindLabel} />
          </select>
        )}
      </Field>
      <ClaimantField
        value={value.claimant}
        onChange={(claimant) => onChange({ claimant })}
        entities={lists?.entities.edges.map((edge) => edge.node) ?? []}
        issues={issues("claimant")}
        hint={claimantHint}
        describedBy={describedBy}
        disabled={wordingFrozen}
      />
      <Field label="Claimant's role" issues={issues("claimantRole")} hint="As reported at the time" describedBy={describedBy}>
        {(control) => (
          <input
            {...control}
            value={value.claimantRole}
            onChange={(e) => onChange({ claimantRole: e.target.value })}
            readOnly={wordingFrozen}
          />
        )}
      </Field>
      <ClaimDateFields value={value} onChange={onChange} issues={issues} readOnly={wordingFrozen} describedBy={describedBy} />
      <PlaceFields value={value} onChange={onChange} issues={issues} />
      <EventField
        value={value.event}
        onChange={(event) => onChange({ event })}
        events={lists?.events.edges.map((edge) => edge.node) ?? []}
        issues={issues("event")}
      />
    </>
  );
}
