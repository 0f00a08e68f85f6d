import { useEffect, useState, type FormEvent } from "react";
import { Link } from "wouter";
import { useMutation } from "urql";
import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { conflictOf, failureOf, FormErrors, issuesFor, type ConflictFailure } from "../forms/form-errors";
import { ConflictNotice } from "../forms/conflict-notice";
import { Field } from "../forms/field";
import { asSentence } from "../../lib/errors";
import {
  VerdictArticle,
  VerdictArticle_VerdictFragment,
  verdictArticleProps,
  type ArticleCorrection,
  type VerdictArticleProps,
} from "./verdict-article";
import { VerdictFields, type VerdictDraft } from "./verdict-fields";
import { WordingFields, wordingDraftOf, wordingInput, wordingRecord, type EntityOption, type WordingDraft } from "./wording-fields";
import {
  CorrectVerdictMutation,
  PublishVerdictMutation,
  RetractVerdictMutation,
  SignOffVerdictMutation,
} from "./verdict-mutations";
import { statusLabel } from "../../lib/format";
import { isEditor } from "../../lib/roles";
import type { Viewer } from "../../app";

export const VerdictSection_ClaimFragment = graphql(
  `
    fragment VerdictSection_ClaimFragment on Claim {
      id
      text
      kind
      status
      claimantRole
      claimDate
      claimDatePrecision
      place
      claimant { id name }
      consensus { contested majorityLabel }
      evidence(first: 100) {
        edges {
          node {
            id
            stance
            excerpt
            note
            source { id url title publisher }
          }
        }
      }
      verdict {
        id
        version
        state
        label
        headline
        summary
        publishedBy { id }
        citedEvidence { id }
        judgedClaim { text claimantName claimantRole claimDate claimDatePrecision }
        ...VerdictArticle_VerdictFragment
      }
    }
  `,
  [VerdictArticle_VerdictFragment],
);

type ClaimData = ResultOf<typeof VerdictSection_ClaimFragment>;

/** The claim as it reads on the desk now: what a new verdict would judge. */
const claimForArticle = (c: ClaimData): VerdictArticleProps["claim"] => ({
  text: c.text,
  kind: c.kind,
  claimant: c.claimant?.name ?? null,
  claimantRole: c.claimantRole,
  claimDate: c.claimDate,
  claimDatePrecision: c.claimDatePrecision,
  place: c.place,
});

interface VerdictSectionProps {
  claim: FragmentOf<typeof VerdictSection_ClaimFragment>;
  viewer: Viewer;
  refetch: () => void;
  /** People and organisations on the desk, for correcting who made the claim. */
  entities?: readonly EntityOption[];
}

/** The verdict: shown as readers will see it; editors publish, sign off, correct and retract it here. */
export function VerdictSection({ claim, viewer, refetch, entities = [] }: VerdictSectionProps) {
  const c = readFragment(VerdictSection_ClaimFragment, claim);
  const [mode, setMode] = useState<null | "correct" | "retract">(null);
  const editor = isEditor(viewer);
  const verdict = c.verdict;
  const live = verdict && verdict.state !== "RETRACTED";

  return (
    <section className="section verdict-section" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Verdict</h2>
      {verdict && (
        <>
          <VerdictArticle {...verdictArticleProps(verdict)} />
          {verdict.state !== "AWAITING_SIGN_OFF" && (
            <p>
              <Link href={`/verdicts/${verdict.id}`}>Open the public verdict page →</Link>
            </p>
          )}
        </>
      )}
      {!editor && !verdict && <p className="muted">No verdict yet. When the reviewers are done, an editor publishes it.</p>}
      {editor && verdict?.state === "AWAITING_SIGN_OFF" && (
        <SignOff verdictId={verdict.id} version={verdict.version} self={verdict.publishedBy.id === viewer.id} refetch={refetch} />
      )}
      {editor && live && verdict.state === "PUBLISHED" && mode === null && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setMode("correct")}>
            Correct verdict
          </button>
          <button type="button" className="button button-danger" onClick={() => setMode("retract")}>
            Retract verdict
          </button>
        </div>
      )}
      {editor && live && mode === "correct" && <CorrectForm claim={c} entities={entities} refetch={refetch} onDone={() => setMode(null)} />}
      {editor && live && mode === "retract" && <RetractForm claim={c} refetch={refetch} onDone={() => setMode(null)} />}
      {editor && !live && <PublishForm claim={c} refetch={refetch} />}
    </section>
  );
}

/**
 * A mutation's failure as the form shows it: a conflict stays until the editor refreshes (then the form works on
 * what is current), anything else until the next submit.
 */
function useShownFailure(result: { __typename?: string } | null | undefined, refetch: () => void) {
  const [refreshed, setRefreshed] = useState<unknown>(null);
  const failure = result && result !== refreshed ? failureOf(result) : null;
  return {
    failure,
    onRefresh: () => {
      setRefreshed(result);
      refetch();
    },
  };
}

function PublishForm({ claim: c, refetch }: { claim: ClaimData; refetch: () => void }) {
  const evidence = c.evidence.edges.map((e) => e.node);
  const [draft, setDraft] = useState<VerdictDraft>({
    label: c.consensus.majorityLabel ?? "",
    headline: "",
    summary: "",
    citedEvidence: [],
  });
  const [state, publish] = useMutation(PublishVerdictMutation);
  const [labelMissing, setLabelMissing] = useState(false);
  // Until the editor picks a label, the form proposes the reviewers' current majority (ratings may arrive later).
  const majority = c.consensus.majorityLabel;
  useEffect(() => {
    if (majority) setDraft((d) => (d.label ? d : { ...d, label: majority }));
  }, [majority]);
  const { failure, onRefresh } = useShownFailure(state.data?.publishVerdict, refetch);
  const publishable = c.status === "IN_REVIEW" || c.status === "NEEDS_EDITOR";

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setLabelMissing(!draft.label);
    if (!draft.label) return;
    void publish({
      input: {
        claim: c.id,
        label: draft.label,
        headline: draft.headline,
        summary: draft.summary,
        citedEvidence: draft.citedEvidence,
      },
    });
  };

  const preview: VerdictArticleProps = {
    state: "PREVIEW",
    label: draft.label,
    headline: draft.headline,
    summary: draft.summary,
    claim: claimForArticle(c),
    citedEvidence: evidence.filter((e) => draft.citedEvidence.includes(e.id)),
    corrections: [],
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Publish verdict" noValidate>
        <h3>Publish a verdict</h3>
        {!publishable && (
          <p className="alert alert-info">
            A claim is published from In review or Needs editor; this one is {(statusLabel[c.status] ?? "elsewhere in the workflow").toLowerCase()}.
          </p>
        )}
        {c.consensus.contested && (
          <p className="alert alert-warning">Reviewers disagree sharply: the verdict will wait for a second editor&rsquo;s sign-off.</p>
        )}
        <FormErrors failure={failure} error={state.error} fields={["label", "headline", "summary", "citedEvidence", "claim"]} onRefresh={onRefresh} />
        {issuesFor(failure, "claim").map((i) => (
          <p key={i.message} className="field-issue">
            {asSentence(i.message)}
          </p>
        ))}
        <VerdictFields draft={draft} onChange={setDraft} evidence={evidence} failure={failure} labelMissing={labelMissing} />
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {state.fetching ? "Publishing…" : "Publish verdict"}
        </button>
      </form>
      <div className="preview" role="region" aria-label="Preview of the public verdict">
        <VerdictArticle {...preview} />
      </div>
    </div>
  );
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function CorrectForm({
  claim: c,
  entities,
  refetch,
  onDone,
}: {
  claim: ClaimData;
  entities: readonly EntityOption[];
  refetch: () => void;
  onDone: () => void;
}) {
  const verdict = c.verdict!;
  const evidence = c.evidence.edges.map((e) => e.node);
  const original: VerdictDraft = {
    label: verdict.label,
    headline: verdict.headline,
    summary: verdict.summary,
    citedEvidence: verdict.citedEvidence.map((e) => e.id),
  };
  const judgedName = verdict.judgedClaim.claimantName;
  const originalWording = wordingDraftOf(verdict.judgedClaim, entities, c.claimant);
  const [draft, setDraft] = useState(original);
  const [wording, setWording] = useState<WordingDraft>(originalWording);
  const [reason, setReason] = useState("");
  const [state, correct] = useMutation(CorrectVerdictMutation);
  const { failure, onRefresh } = useShownFailure(state.data?.correctVerdict, refetch);

  const wordingChanges = wordingInput(originalWording, wording);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await correct({
      id: verdict.id,
      expectedVersion: verdict.version,
      input: {
        reason,
        ...(draft.label && draft.label !== original.label ? { label: draft.label } : {}),
        ...(draft.headline !== original.headline ? { headline: draft.headline } : {}),
        ...(draft.summary !== original.summary ? { summary: draft.summary } : {}),
        ...(!sameSet(draft.citedEvidence, original.citedEvidence) ? { citedEvidence: draft.citedEvidence } : {}),
        ...wordingChanges,
      },
    });
    if (result.data?.correctVerdict.__typename === "CorrectVerdictSuccess") onDone();
  };

  // The live preview: the corrected verdict as readers will see it, with this correction listed under it.
  const current = verdictArticleProps(verdict);
  const beforeWording = wordingRecord(originalWording, entities, judgedName);
  const afterWording = wordingRecord(wording, entities, judgedName);
  const before: Record<string, unknown> = { ...original, ...beforeWording };
  const after: Record<string, unknown> = { ...draft, ...afterWording };
  const changedFields = [
    ...(["label", "headline", "summary"] as const).filter((f) => draft[f] !== original[f]),
    ...(!sameSet(draft.citedEvidence, original.citedEvidence) ? ["citedEvidenceIds"] : []),
    ...(Object.keys(afterWording) as (keyof typeof afterWording)[]).filter((f) => afterWording[f] !== beforeWording[f]),
  ];
  before.citedEvidenceIds = original.citedEvidence;
  after.citedEvidenceIds = draft.citedEvidence;
  const pending: ArticleCorrection = {
    id: "pending",
    reason: reason || "(reason)",
    changedFields,
    before,
    after,
    createdAt: new Date().toISOString(),
    correctedBy: "you",
  };
  const preview: VerdictArticleProps = {
    ...current,
    label: draft.label,
    headline: draft.headline,
    summary: draft.summary,
    claim: {
      ...current.claim,
      text: afterWording.claimText,
      claimant: afterWording.claimant,
      claimantRole: afterWording.claimantRole,
      claimDate: afterWording.claimDate,
      claimDatePrecision: afterWording.claimDatePrecision,
    },
    citedEvidence: evidence.filter((e) => draft.citedEvidence.includes(e.id)),
    corrections: changedFields.length ? [...current.corrections, pending] : current.corrections,
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Correct verdict" noValidate>
        <h3>Correct the verdict</h3>
        <p className="muted">Corrections are shown to readers with the reason, below the verdict.</p>
        <FormErrors
          failure={failure}
          error={state.error}
          fields={["label", "headline", "summary", "citedEvidence", "reason", "claimText", "claimant", "claimantRole", "claimDate", "claimDatePrecision"]}
          onRefresh={onRefresh}
        />
        <VerdictFields draft={draft} onChange={setDraft} evidence={evidence} failure={failure} />
        <WordingFields draft={wording} onChange={setWording} entities={entities} judgedClaimantName={judgedName} failure={failure} />
        <Field label="Reason for the correction" issues={issuesFor(failure, "reason")} hint="Shown to readers">
          {(id, d, invalid) => (
            <textarea
              id={id}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-describedby={d}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {state.fetching ? "Saving…" : "Publish correction"}
          </button>
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
      <div className="preview" role="region" aria-label="Preview of the corrected verdict">
        <VerdictArticle {...preview} state="PREVIEW" />
      </div>
    </div>
  );
}

function RetractForm({ claim: c, refetch, onDone }: { claim: ClaimData; refetch: () => void; onDone: () => void }) {
  const verdict = c.verdict!;
  const [reason, setReason] = useState("");
  const [state, retract] = useMutation(RetractVerdictMutation);
  const { failure, onRefresh } = useShownFailure(state.data?.retractVerdict, refetch);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await retract({ id: verdict.id, expectedVersion: verdict.version, reason });
    if (result.data?.retractVerdict.__typename === "RetractVerdictSuccess") onDone();
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Retract verdict" noValidate>
        <h3>Retract the verdict</h3>
        <p className="muted">The verdict stays public, marked retracted with your reason; the claim goes back to review.</p>
        <FormErrors failure={failure} error={state.error} fields={["reason"]} onRefresh={onRefresh} />
        <Field label="Reason for retraction" issues={issuesFor(failure, "reason")} hint="Shown to readers">
          {(id, d, invalid) => (
            <textarea
              id={id}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-describedby={d}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-danger" disabled={state.fetching}>
            {state.fetching ? "Retracting…" : "Retract verdict"}
          </button>
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
      <div className="preview" role="region" aria-label="Preview of the retracted verdict">
        <VerdictArticle
          {...verdictArticleProps(verdict)}
          state="RETRACTED"
          retractedAt={new Date().toISOString()}
          retractionReason={reason || "(reason)"}
        />
      </div>
    </div>
  );
}

function SignOff({ verdictId, version, self, refetch }: { verdictId: string; version: number; self: boolean; refetch: () => void }) {
  const [state, signOff] = useMutation(SignOffVerdictMutation);
  const [conflict, setConflict] = useState<ConflictFailure | null>(null);
  const failure = failureOf(state.data?.signOffVerdict);
  if (self) return <p className="muted">You proposed this verdict; another editor must sign it off.</p>;
  if (conflict) {
    return (
      <ConflictNotice
        conflict={conflict}
        onRefresh={() => {
          setConflict(null);
          refetch();
        }}
      />
    );
  }
  return (
    <div className="form">
      <FormErrors failure={failure?.__typename === "ConflictError" ? null : failure} error={state.error} />
      <button
        type="button"
        className="button button-primary"
        disabled={state.fetching}
        onClick={async () => {
          const result = await signOff({ id: verdictId, expectedVersion: version });
          setConflict(conflictOf(result.data?.signOffVerdict));
        }}
      >
        Sign off and publish
      </button>
    </div>
  );
}
