import { useEffect, useState, type FormEvent } from "react";
import { Link } from "wouter";
import { useMutation } from "urql";
import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { failureOf, FormErrors, issuesFor } from "../forms/form-errors";
import { Field } from "../forms/field";
import {
  VerdictArticle,
  VerdictArticle_VerdictFragment,
  verdictArticleProps,
  type VerdictArticleProps,
} from "./verdict-article";
import { VerdictFields, type VerdictDraft } from "./verdict-fields";
import {
  CorrectVerdictMutation,
  PublishVerdictMutation,
  RetractVerdictMutation,
  SignOffVerdictMutation,
} from "./verdict-mutations";
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
        ...VerdictArticle_VerdictFragment
      }
    }
  `,
  [VerdictArticle_VerdictFragment],
);

type ClaimData = ResultOf<typeof VerdictSection_ClaimFragment>;

const claimForArticle = (c: ClaimData): VerdictArticleProps["claim"] => ({
  text: c.text,
  kind: c.kind,
  claimant: c.claimant?.name ?? null,
  claimantRole: c.claimantRole,
  claimDate: c.claimDate,
  claimDatePrecision: c.claimDatePrecision,
});

interface VerdictSectionProps {
  claim: FragmentOf<typeof VerdictSection_ClaimFragment>;
  viewer: Viewer;
  refetch: () => void;
}

/** The verdict: shown as readers will see it; editors publish, sign off, correct and retract it here. */
export function VerdictSection({ claim, viewer, refetch }: VerdictSectionProps) {
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
      {editor && live && mode === "correct" && <CorrectForm claim={c} refetch={refetch} onDone={() => setMode(null)} />}
      {editor && live && mode === "retract" && <RetractForm claim={c} refetch={refetch} onDone={() => setMode(null)} />}
      {editor && !live && <PublishForm claim={c} />}
    </section>
  );
}

function PublishForm({ claim: c }: { claim: ClaimData }) {
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
  const failure = failureOf(state.data?.publishVerdict);
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
            A claim is published from In review or Needs editor; this one is {c.status.toLowerCase().replace(/_/g, " ")}.
          </p>
        )}
        {c.consensus.contested && (
          <p className="alert alert-warning">Reviewers disagree sharply: the verdict will wait for a second editor&rsquo;s sign-off.</p>
        )}
        <FormErrors failure={failure} error={state.error} fields={["label", "headline", "summary", "citedEvidence", "claim"]} />
        {issuesFor(failure, "claim").map((i) => (
          <p key={i.message} className="field-issue">
            {i.message}
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

function CorrectForm({ claim: c, refetch, onDone }: { claim: ClaimData; refetch: () => void; onDone: () => void }) {
  const verdict = c.verdict!;
  const evidence = c.evidence.edges.map((e) => e.node);
  const original: VerdictDraft = {
    label: verdict.label,
    headline: verdict.headline,
    summary: verdict.summary,
    citedEvidence: verdict.citedEvidence.map((e) => e.id),
  };
  const [draft, setDraft] = useState(original);
  const [reason, setReason] = useState("");
  const [state, correct] = useMutation(CorrectVerdictMutation);
  const failure = failureOf(state.data?.correctVerdict);

  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
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
      },
    });
    const typename = result.data?.correctVerdict.__typename;
    if (typename === "CorrectVerdictSuccess") onDone();
    if (typename === "ConflictError") refetch();
  };

  const current = verdictArticleProps(verdict);
  const preview: VerdictArticleProps = {
    ...current,
    label: draft.label,
    headline: draft.headline,
    summary: draft.summary,
    citedEvidence: evidence.filter((e) => draft.citedEvidence.includes(e.id)),
    corrections: [
      ...current.corrections,
      {
        id: "pending",
        reason: reason || "(reason)",
        changedFields: (["label", "headline", "summary"] as const).filter((f) => draft[f] !== original[f]),
        before: original,
        after: draft,
        createdAt: new Date().toISOString(),
        correctedBy: "you",
      },
    ],
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Correct verdict" noValidate>
        <h3>Correct the verdict</h3>
        <p className="muted">Corrections are shown to readers with the reason, below the verdict.</p>
        <FormErrors failure={failure} error={state.error} fields={["label", "headline", "summary", "citedEvidence", "reason"]} />
        <VerdictFields draft={draft} onChange={setDraft} evidence={evidence} failure={failure} />
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
  const failure = failureOf(state.data?.retractVerdict);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await retract({ id: verdict.id, expectedVersion: verdict.version, reason });
    const typename = result.data?.retractVerdict.__typename;
    if (typename === "RetractVerdictSuccess") onDone();
    if (typename === "ConflictError") refetch();
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Retract verdict" noValidate>
        <h3>Retract the verdict</h3>
        <p className="muted">The verdict stays public, marked retracted with your reason; the claim goes back to review.</p>
        <FormErrors failure={failure} error={state.error} fields={["reason"]} />
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
  const failure = failureOf(state.data?.signOffVerdict);
  if (self) return <p className="muted">You proposed this verdict; another editor must sign it off.</p>;
  return (
    <div className="form">
      <FormErrors failure={failure} error={state.error} />
      <button
        type="button"
        className="button button-primary"
        disabled={state.fetching}
        onClick={async () => {
          const result = await signOff({ id: verdictId, expectedVersion: version });
          if (result.data?.signOffVerdict.__typename === "ConflictError") refetch();
        }}
      >
        Sign off and publish
      </button>
    </div>
  );
}
