import { useState, type ReactNode } from "react";
import { graphql } from "../../gql/graphql";
import { datePrecisionLabel, humanize, placePrecisionLabel } from "../../lib/format";
import { valuesOf } from "../../lib/enums";
import { Field } from "../forms/field";
import { FormErrors_ErrorFragment, type FieldIssue } from "../forms/form-errors";
import { EnumOptions, NodeOptions } from "../forms/options";
import { useResultMutation } from "../forms/use-result-mutation";
import { draftBounds, hasHigh, hasLow, newFigureDraft, unreadableBounds, type FigureDraft, type Qualifier } from "./figure-draft";
import { figureMetricLabel, figureScopeLabel, formatFigure } from "./figure-label";

export interface SourceOption {
  id: string;
  label: string;
}

/** A source as the figure forms offer it: by its title, else its publisher, else its address. */
export const sourceOption = (source: { id: string; url: string; title: string | null; publisher: string | null }): SourceOption => ({
  id: source.id,
  label: source.title ?? source.publisher ?? source.url,
});

export interface EntityOption {
  id: string;
  name: string;
}

/** In the order the form offers them: exact first, vague last. */
const qualifierHelp: Record<Qualifier, string> = {
  EXACT: "Exactly this number: low only",
  AT_LEAST: "“At least”: low only",
  MORE_THAN: "“More than”, “over”: low only",
  UP_TO: "“Up to”: high only",
  APPROXIMATELY: "“About”, “around”: low, and high for a range (“about 250 to 350”)",
  RANGE: "“Between … and …”: low and high",
  VAGUE: "“Hundreds” = 200–999, “dozens” = 24–99, “thousands” = 2,000–9,999",
};
const qualifiers = valuesOf(qualifierHelp);

/** FigureFields shows each field of the draft as one input; figureValues sends it as the input field of that name. */
const draftFields = Object.keys(newFigureDraft()) as (keyof FigureDraft)[];

/**
 * The inputs FigureFields shows issues next to, for FormErrors: a bound the qualifier has no field for is left out,
 * so an issue with it is listed in the summary instead of under a field that is not there. A form adds its own
 * fields ("source", "event").
 */
export const figureIssueFields = (qualifier: Qualifier): string[] =>
  draftFields.filter((field) => (field === "low" ? hasLow(qualifier) : field === "high" ? hasHigh(qualifier) : true));

/**
 * Bounds typed in a way that is not a count ("1.5", "1e3") are named under their field and never sent: the API takes
 * whole numbers, and a guess would store a figure nobody reported. Checked on submit, then as the person retypes.
 */
export function useReadableBounds(draft: FigureDraft) {
  const [checked, setChecked] = useState(false);
  const problems = checked ? unreadableBounds(draft) : [];
  return {
    /** Call on submit: true when a bound cannot be read (the form then sends nothing). */
    blocksSubmit: () => {
      setChecked(true);
      return unreadableBounds(draft).length > 0;
    },
    /** The server's issues with a field, after the form's own. */
    withIssues:
      (server: (field: string) => FieldIssue[]) =>
      (field: string): FieldIssue[] => [...problems.filter((p) => p.path[1] === field), ...server(field)],
  };
}

interface FigureFieldsProps {
  draft: FigureDraft;
  onChange: (change: Partial<FigureDraft>) => void;
  /** The server's issues with one input field. */
  issues: (field: string) => FieldIssue[];
  entities: readonly EntityOption[];
  /** After the facts: what the figure links to (its source, its event). */
  children?: ReactNode;
}

/**
 * A figure as stated: metric, qualifier and bounds (only those the qualifier has), period, place, who it is
 * attributed to and when it was reported. Recording and editing a figure both ask for it this way.
 */
export function FigureFields({ draft, onChange, issues, entities, children }: FigureFieldsProps) {
  const set = (key: keyof FigureDraft) => (e: { target: { value: string } }) => onChange({ [key]: e.target.value });
  const preview =
    unreadableBounds(draft).length > 0
      ? "—"
      : formatFigure({ qualifier: draft.qualifier, ...draftBounds(draft), statedText: draft.statedText });
  const dated = Boolean(draft.periodStart || draft.periodEnd);

  return (
    <>
      <div className="field-grid">
        <Field label="Metric" issues={issues("metric")}>
          {(control) => (
            <select {...control} value={draft.metric} onChange={set("metric")}>
              <EnumOptions labels={figureMetricLabel} />
            </select>
          )}
        </Field>
        <Field label="Who is counted" issues={issues("subject")} hint="e.g. civilians, people">
          {(control) => <input {...control} value={draft.subject} onChange={set("subject")} />}
        </Field>
        <Field label="Qualifier" issues={issues("qualifier")} hint={qualifierHelp[draft.qualifier]}>
          {(control) => (
            <select {...control} value={draft.qualifier} onChange={set("qualifier")}>
              {qualifiers.map((q) => (
                <option key={q} value={q}>
                  {humanize(q)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {hasLow(draft.qualifier) && (
          <Field label={draft.qualifier === "EXACT" ? "Number" : "Low bound"} issues={issues("low")}>
            {(control) => <input {...control} inputMode="numeric" value={draft.low} onChange={set("low")} />}
          </Field>
        )}
        {hasHigh(draft.qualifier) && (
          <Field label="High bound" issues={issues("high")}>
            {(control) => <input {...control} inputMode="numeric" value={draft.high} onChange={set("high")} />}
          </Field>
        )}
        <div className="field figure-preview" aria-live="polite">
          <span className="field-label-like">Shown as</span>
          <span className="figure-number">{preview}</span>
        </div>
      </div>
      <Field label="Stated text" issues={issues("statedText")} hint="The figure verbatim, e.g. “at least 1,300 people”">
        {(control) => <input {...control} value={draft.statedText} onChange={set("statedText")} />}
      </Field>
      <div className="field-grid">
        <Field label="Period as stated" issues={issues("periodText")} hint="e.g. in the past three days">
          {(control) => <input {...control} value={draft.periodText} onChange={set("periodText")} />}
        </Field>
        <Field label="Period start" issues={issues("periodStart")}>
          {(control) => <input {...control} type="date" value={draft.periodStart} onChange={set("periodStart")} />}
        </Field>
        <Field label="Period end" issues={issues("periodEnd")}>
          {(control) => <input {...control} type="date" value={draft.periodEnd} onChange={set("periodEnd")} />}
        </Field>
        <Field label="Period precision" issues={issues("periodPrecision")} hint="How precisely the dates are known">
          {(control) => (
            <select {...control} value={dated ? draft.periodPrecision || "DAY" : ""} onChange={set("periodPrecision")} disabled={!dated}>
              {!dated && <option value="">No dates</option>}
              <EnumOptions labels={datePrecisionLabel} />
            </select>
          )}
        </Field>
        <Field
          label="Counts"
          issues={issues("scope")}
          hint="A running total (“since Thursday”, “so far”) or one incident (“in the strike”)"
        >
          {(control) => (
            <select {...control} value={draft.scope} onChange={set("scope")}>
              <option value="">Not stated</option>
              <EnumOptions labels={figureScopeLabel} />
            </select>
          )}
        </Field>
        <Field label="Place" issues={issues("place")}>
          {(control) => <input {...control} value={draft.place} onChange={set("place")} />}
        </Field>
        <Field label="Place precision" issues={issues("placePrecision")} hint="How precisely the place is known">
          {(control) => (
            <select {...control} value={draft.placePrecision} onChange={set("placePrecision")}>
              <option value="">Not given</option>
              <EnumOptions labels={placePrecisionLabel} />
            </select>
          )}
        </Field>
        <Field label="Attributed to" issues={issues("attributedTo")}>
          {(control) => (
            <select {...control} value={draft.attributedTo} onChange={set("attributedTo")}>
              <option value="">Nobody named</option>
              <NodeOptions nodes={entities} label={(e) => e.name} />
            </select>
          )}
        </Field>
        <Field label="Reported on" issues={issues("reportedAt")}>
          {(control) => <input {...control} type="date" value={draft.reportedAt} onChange={set("reportedAt")} />}
        </Field>
      </div>
      {children}
    </>
  );
}

const AddSourceMutation = graphql(
  `
    mutation AddSourceForFigure($input: AddSourceInput!) {
      addSource(input: $input) {
        __typename
        ... on AddSourceSuccess { source { id url title publisher } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

/** The source select's value for "a source not listed": its URL is asked for, and the source added on save. */
export const OTHER_SOURCE = "__other__";

/**
 * The figure's source: one of the claim's sources, or another one by its URL. `resolve` turns the choice into a
 * source id, adding the source first when a URL was entered; null when that failed (the issue is under the URL).
 */
export function useSourceChoice(initial: string) {
  const [choice, setChoice] = useState(initial);
  const [url, setUrl] = useState("");
  const [urlIssues, setUrlIssues] = useState<FieldIssue[]>([]);
  const addSource = useResultMutation(AddSourceMutation, "addSource");

  const resolve = async (): Promise<string | null> => {
    setUrlIssues([]);
    if (choice !== OTHER_SOURCE) return choice;
    const payload = await addSource.run({ input: { url: url.trim() } });
    if (payload?.__typename === "AddSourceSuccess") return payload.source.id;
    setUrlIssues(
      payload?.__typename === "ValidationError"
        ? payload.issues
        : [
            {
              path: ["input", "source"],
              message: payload?.__typename === "ForbiddenError" ? payload.message : "Could not add the source; try again.",
            },
          ],
    );
    return null;
  };

  return { choice, setChoice, url, setUrl, urlIssues, resolve, error: addSource.error, fetching: addSource.fetching };
}

interface SourceFieldProps {
  source: ReturnType<typeof useSourceChoice>;
  sources: readonly SourceOption[];
  issues: FieldIssue[];
}

/** Which source reported the figure, with the URL field when it is one not listed. */
export function SourceField({ source, sources, issues }: SourceFieldProps) {
  return (
    <>
      <Field label="Source" issues={issues}>
        {(control) => (
          <select {...control} value={source.choice} onChange={(e) => source.setChoice(e.target.value)}>
            <NodeOptions nodes={sources} label={(s) => s.label} />
            <option value={OTHER_SOURCE}>Another source (enter its URL)…</option>
          </select>
        )}
      </Field>
      {source.choice === OTHER_SOURCE && (
        <Field label="Source URL" issues={source.urlIssues}>
          {(control) => <input {...control} type="url" value={source.url} onChange={(e) => source.setUrl(e.target.value)} />}
        </Field>
      )}
    </>
  );
}
