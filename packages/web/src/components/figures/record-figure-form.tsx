import { useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors, type FieldIssue } from "../forms/form-errors";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { fromDateInput, humanize } from "../../lib/format";
import { figureMetricLabel, formatFigure } from "./figure-label";
import { valuesOf, type Enum } from "../../lib/enums";
import { EnumOptions, NodeOptions } from "../forms/options";

const RecordFigureMutation = graphql(
  `
    mutation RecordFigure($input: RecordFigureInput!) {
      recordFigure(input: $input) {
        __typename
        ... on RecordFigureSuccess { figure { id } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

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

type Qualifier = Enum<"FigureQualifier">;

/** In the order the form offers them: exact first, vague last. */
const qualifierHelp: Record<Qualifier, string> = {
  EXACT: "Exactly this number: low only",
  AT_LEAST: "“At least”: low only",
  MORE_THAN: "“More than”, “over”: low only",
  UP_TO: "“Up to”: high only",
  APPROXIMATELY: "“About”, “around”: low and high",
  RANGE: "“Between … and …”: low and high",
  VAGUE: "“Hundreds” = 200–999, “dozens” = 24–99, “thousands” = 2,000–9,999",
};
const qualifiers = valuesOf(qualifierHelp);
const hasLow = (q: Qualifier) => q !== "UP_TO";
const hasHigh = (q: Qualifier) => !["AT_LEAST", "MORE_THAN", "EXACT"].includes(q);

export interface SourceOption {
  id: string;
  label: string;
}

export interface EntityOption {
  id: string;
  name: string;
}

interface RecordFigureFormProps {
  claimId: string;
  eventId: string;
  sources: SourceOption[];
  entities: EntityOption[];
  onDone?: () => void;
}

const OTHER = "__other__";

/** Records a figure as stated: metric, qualifier and bounds, period, place, who it is attributed to and the source. */
export function RecordFigureForm({ claimId, eventId, sources, entities, onDone }: RecordFigureFormProps) {
  const [form, setForm] = useState({
    metric: "KILLED" as Enum<"FigureMetric">,
    subject: "",
    qualifier: "EXACT" as Qualifier,
    low: "",
    high: "",
    statedText: "",
    periodText: "",
    periodStart: "",
    periodEnd: "",
    place: "",
    attributedTo: "",
    source: sources[0]?.id ?? OTHER,
    sourceUrl: "",
    reportedAt: new Date().toISOString().slice(0, 10),
  });
  const record = useResultMutation(RecordFigureMutation, "recordFigure");
  const addSource = useResultMutation(AddSourceMutation, "addSource");
  const [sourceIssues, setSourceIssues] = useState<FieldIssue[]>([]);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const int = (v: string) => (v.trim() === "" ? null : Number(v.replace(/[,\s]/g, "")));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSourceIssues([]);
    let sourceId = form.source;
    if (form.source === OTHER) {
      const payload = await addSource.run({ input: { url: form.sourceUrl.trim() } });
      if (payload?.__typename !== "AddSourceSuccess") {
        setSourceIssues(
          payload?.__typename === "ValidationError"
            ? payload.issues
            : [
                {
                  path: ["input", "source"],
                  message: payload?.__typename === "ForbiddenError" ? payload.message : "Could not add the source; try again.",
                },
              ],
        );
        return;
      }
      sourceId = payload.source.id;
    }
    const result = await record.run({
      input: {
        event: eventId,
        claim: claimId,
        metric: form.metric,
        subject: form.subject,
        qualifier: form.qualifier,
        low: hasLow(form.qualifier) ? int(form.low) : null,
        high: form.qualifier === "EXACT" ? int(form.low) : hasHigh(form.qualifier) ? int(form.high) : null,
        statedText: form.statedText,
        periodText: form.periodText || null,
        periodStart: fromDateInput(form.periodStart),
        periodEnd: fromDateInput(form.periodEnd),
        periodPrecision: form.periodStart || form.periodEnd ? "DAY" : null,
        place: form.place || null,
        attributedTo: form.attributedTo || null,
        source: sourceId,
        reportedAt: fromDateInput(form.reportedAt) ?? new Date().toISOString(),
      },
    });
    if (result?.__typename === "RecordFigureSuccess") onDone?.();
  };

  const preview = formatFigure({
    qualifier: form.qualifier,
    low: hasLow(form.qualifier) ? int(form.low) : null,
    high: form.qualifier === "EXACT" ? int(form.low) : hasHigh(form.qualifier) ? int(form.high) : null,
    statedText: form.statedText,
  });

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Record a figure" noValidate>
      <FormErrors
        failure={record.failure}
        error={record.error ?? addSource.error}
        fields={["metric", "subject", "qualifier", "low", "high", "statedText", "period", "place", "attributedTo", "source", "reportedAt"]}
      />
      <div className="field-grid">
        <Field label="Metric" issues={record.issues("metric")}>
          {(control) => (
            <select {...control} value={form.metric} onChange={set("metric")}>
              <EnumOptions labels={figureMetricLabel} />
            </select>
          )}
        </Field>
        <Field label="Who is counted" issues={record.issues("subject")} hint="e.g. civilians, people">
          {(control) => <input {...control} value={form.subject} onChange={set("subject")} />}
        </Field>
        <Field label="Qualifier" issues={record.issues("qualifier")} hint={qualifierHelp[form.qualifier]}>
          {(control) => (
            <select {...control} value={form.qualifier} onChange={set("qualifier")}>
              {qualifiers.map((q) => (
                <option key={q} value={q}>
                  {humanize(q)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {hasLow(form.qualifier) && (
          <Field label={form.qualifier === "EXACT" ? "Number" : "Low bound"} issues={record.issues("low")}>
            {(control) => <input {...control} inputMode="numeric" value={form.low} onChange={set("low")} />}
          </Field>
        )}
        {hasHigh(form.qualifier) && (
          <Field label="High bound" issues={record.issues("high")}>
            {(control) => <input {...control} inputMode="numeric" value={form.high} onChange={set("high")} />}
          </Field>
        )}
        <div className="field figure-preview" aria-live="polite">
          <span className="field-label-like">Shown as</span>
          <span className="figure-number">{preview}</span>
        </div>
      </div>
      <Field label="Stated text" issues={record.issues("statedText")} hint="The figure verbatim, e.g. “at least 1,300 people”">
        {(control) => <input {...control} value={form.statedText} onChange={set("statedText")} />}
      </Field>
      <div className="field-grid">
        <Field label="Period as stated" issues={record.issues("periodText")} hint="e.g. in the past three days">
          {(control) => <input {...control} value={form.periodText} onChange={set("periodText")} />}
        </Field>
        <Field label="Period start" issues={record.issues("periodStart")}>
          {(control) => <input {...control} type="date" value={form.periodStart} onChange={set("periodStart")} />}
        </Field>
        <Field label="Period end" issues={record.issues("periodEnd")}>
          {(control) => <input {...control} type="date" value={form.periodEnd} onChange={set("periodEnd")} />}
        </Field>
        <Field label="Place" issues={record.issues("place")}>
          {(control) => <input {...control} value={form.place} onChange={set("place")} />}
        </Field>
        <Field label="Attributed to" issues={record.issues("attributedTo")}>
          {(control) => (
            <select {...control} value={form.attributedTo} onChange={set("attributedTo")}>
              <option value="">Nobody named</option>
              <NodeOptions nodes={entities} label={(e) => e.name} />
            </select>
          )}
        </Field>
        <Field label="Reported on" issues={record.issues("reportedAt")}>
          {(control) => <input {...control} type="date" value={form.reportedAt} onChange={set("reportedAt")} />}
        </Field>
      </div>
      <Field label="Source" issues={record.issues("source")}>
        {(control) => (
          <select {...control} value={form.source} onChange={set("source")}>
            <NodeOptions nodes={sources} label={(s) => s.label} />
            <option value={OTHER}>Another source (enter its URL)…</option>
          </select>
        )}
      </Field>
      {form.source === OTHER && (
        <Field label="Source URL" issues={sourceIssues}>
          {(control) => <input {...control} type="url" value={form.sourceUrl} onChange={set("sourceUrl")} />}
        </Field>
      )}
      <FormActions label="Record figure" busyLabel="Recording…" busy={record.fetching} disabled={addSource.fetching} />
    </form>
  );
}
