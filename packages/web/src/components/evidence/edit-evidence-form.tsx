import { useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import type { Enum } from "../../lib/enums";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { EvidenceWordsFields, StanceField } from "./evidence-fields";

/** What the form edits, as the evidence item read it. */
export interface EditableEvidence {
  id: string;
  version: number;
  stance: Enum<"Stance">;
  excerpt: string;
  note: string | null;
}

const UpdateEvidenceMutation = graphql(
  `
    mutation UpdateEvidence($input: UpdateEvidenceInput!) {
      updateEvidence(input: $input) {
        __typename
        ... on UpdateEvidenceSuccess {
          evidence { id version stance excerpt note updatedAt claim { id } }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

interface EditEvidenceFormProps {
  evidence: EditableEvidence;
  onDone: () => void;
  /** Loads the evidence as it is now, after a conflict. */
  refetch: () => void;
}

/** Changes a piece of evidence's stance, excerpt or note; a stale copy is refused with who changed it first. */
export function EditEvidenceForm({ evidence: item, onDone, refetch }: EditEvidenceFormProps) {
  const [form, setForm] = useState({ stance: item.stance, excerpt: item.excerpt, note: item.note ?? "" });
  const update = useResultMutation(UpdateEvidenceMutation, "updateEvidence", refetch);
  // Saved against the version the form was opened at, not the one a live update brought in meanwhile: otherwise a
  // colleague's change pushed to the desk would be overwritten without the reviewer ever seeing it.
  const [baseVersion, setBaseVersion] = useState(item.version);
  const refresh = () => {
    if (update.conflict) setBaseVersion(update.conflict.currentVersion);
    update.refresh();
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = await update.run({
      input: {
        id: item.id,
        expectedVersion: baseVersion,
        stance: form.stance,
        excerpt: form.excerpt,
        note: form.note.trim() || null,
      },
    });
    if (payload?.__typename === "UpdateEvidenceSuccess") onDone();
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Edit evidence" noValidate>
      <FormErrors failure={update.failure} error={update.error} fields={["stance", "excerpt", "note"]} onRefresh={refresh} />
      <EvidenceWordsFields
        excerpt={form.excerpt}
        note={form.note}
        onExcerpt={(excerpt) => setForm({ ...form, excerpt })}
        onNote={(note) => setForm({ ...form, note })}
        excerptIssues={update.issues("excerpt")}
        noteIssues={update.issues("note")}
      >
        <StanceField
          name={`stance-${item.id}`}
          value={form.stance}
          onChange={(stance) => setForm({ ...form, stance })}
          issues={update.issues("stance")}
        />
      </EvidenceWordsFields>
      <FormActions label="Save evidence" busyLabel="Saving…" busy={update.fetching} onCancel={onDone} />
    </form>
  );
}
