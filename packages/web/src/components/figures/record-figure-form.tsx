import { useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { figureValues, newFigureDraft } from "./figure-draft";
import {
  FigureFields,
  figureIssueFields,
  OTHER_SOURCE,
  SourceField,
  useReadableBounds,
  useSourceChoice,
  type EntityOption,
  type SourceOption,
} from "./figure-fields";

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

interface RecordFigureFormProps {
  claimId: string;
  eventId: string;
  sources: readonly SourceOption[];
  entities: readonly EntityOption[];
  onDone?: () => void;
}

/** Records a figure as stated: metric, qualifier and bounds, period, place, who it is attributed to and the source. */
export function RecordFigureForm({ claimId, eventId, sources, entities, onDone }: RecordFigureFormProps) {
  const [draft, setDraft] = useState(() => newFigureDraft());
  const source = useSourceChoice(sources[0]?.id ?? OTHER_SOURCE);
  const record = useResultMutation(RecordFigureMutation, "recordFigure");
  const bounds = useReadableBounds(draft);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (bounds.blocksSubmit()) return;
    const sourceId = await source.resolve();
    if (!sourceId) return;
    const values = figureValues(draft);
    const result = await record.run({
      input: {
        ...values,
        event: eventId,
        claim: claimId,
        source: sourceId,
        reportedAt: values.reportedAt ?? new Date().toISOString(),
      },
    });
    if (result?.__typename === "RecordFigureSuccess") onDone?.();
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Record a figure" noValidate>
      <FormErrors
        failure={record.failure}
        error={record.error ?? source.error}
        fields={[...figureIssueFields(draft.qualifier), "source"]}
      />
      <FigureFields
        draft={draft}
        onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        issues={bounds.withIssues(record.issues)}
        entities={entities}
      >
        <SourceField source={source} sources={sources} issues={record.issues("source")} />
      </FigureFields>
      <FormActions label="Record figure" busyLabel="Recording…" busy={record.fetching} disabled={source.fetching} />
    </form>
  );
}
