import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/graphql";
import type { Enum } from "../../lib/enums";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { EnumOptions } from "../forms/options";
import { useResultMutation } from "../forms/use-result-mutation";
import { SourceLink_SourceFragment } from "./source-link";

const kindLabels: Record<Enum<"SourceKind">, string> = {
  ARTICLE: "Article",
  OFFICIAL_STATEMENT: "Official statement",
  SOCIAL_POST: "Social media post",
  VIDEO: "Video",
  IMAGE: "Image",
  DOCUMENT: "Document",
  DATASET: "Dataset",
};

/** The Admiralty code's source grades, each with what it means. */
const reliabilityLabels: Record<Enum<"Reliability">, string> = {
  A: "A: completely reliable",
  B: "B: usually reliable",
  C: "C: fairly reliable",
  D: "D: not usually reliable",
  E: "E: unreliable",
  F: "F: reliability cannot be judged",
};

// Loaded when a reviewer opens the form, not with the desk: the desk lists up to a hundred sources.
const SourceGradeQuery = graphql(`
  query SourceGrade($id: ID!) {
    node(id: $id) { __typename ... on Source { id version kind reliability } }
  }
`);

const UpdateSourceMutation = graphql(
  `
    mutation UpdateSourceGrade($input: UpdateSourceInput!) {
      updateSource(input: $input) {
        __typename
        ... on UpdateSourceSuccess { source { id version ...SourceLink_SourceFragment } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [SourceLink_SourceFragment, FormErrors_ErrorFragment],
);

interface SourceGradeFormProps {
  sourceId: string;
  onDone: () => void;
}

/** Sets what kind of source this is and how reliable it is (Admiralty grade A–F), for every claim that cites it. */
export function SourceGradeForm({ sourceId, onDone }: SourceGradeFormProps) {
  const [{ data }, reload] = useQuery({ query: SourceGradeQuery, variables: { id: sourceId }, requestPolicy: "network-only" });
  const source = data?.node?.__typename === "Source" ? data.node : null;
  if (!source) return <p className="muted">Loading the source…</p>;
  return <GradeFields key={source.version} source={source} onDone={onDone} reload={() => reload({ requestPolicy: "network-only" })} />;
}

interface GradeFieldsProps {
  source: { id: string; version: number; kind: Enum<"SourceKind">; reliability: Enum<"Reliability"> | null };
  onDone: () => void;
  reload: () => void;
}

function GradeFields({ source, onDone, reload }: GradeFieldsProps) {
  const [kind, setKind] = useState(source.kind);
  const [reliability, setReliability] = useState<Enum<"Reliability"> | "">(source.reliability ?? "");
  const update = useResultMutation(UpdateSourceMutation, "updateSource", reload);
  // The form loads after the button that asked for it has gone: focus starts at its first field.
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = await update.run({
      input: { id: source.id, expectedVersion: source.version, kind, reliability: reliability || null },
    });
    if (payload?.__typename === "UpdateSourceSuccess") onDone();
  };

  return (
    <form className="form form-inline" onSubmit={onSubmit} aria-label="Grade source" noValidate>
      <FormErrors failure={update.failure} error={update.error} fields={["kind", "reliability"]} onRefresh={update.refresh} />
      <Field label="Kind of source" issues={update.issues("kind")}>
        {(control) => (
          <select {...control} ref={first} value={kind} onChange={(e) => setKind(e.target.value as Enum<"SourceKind">)}>
            <EnumOptions labels={kindLabels} />
          </select>
        )}
      </Field>
      <Field label="Reliability" issues={update.issues("reliability")} hint="Admiralty grade of the source's track record">
        {(control) => (
          <select {...control} value={reliability} onChange={(e) => setReliability(e.target.value as Enum<"Reliability"> | "")}>
            <option value="">Not graded</option>
            <EnumOptions labels={reliabilityLabels} />
          </select>
        )}
      </Field>
      <FormActions label="Save source" busyLabel="Saving…" busy={update.fetching} onCancel={onDone} />
    </form>
  );
}
