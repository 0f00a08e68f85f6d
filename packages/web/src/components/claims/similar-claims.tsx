import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import { ConflictNotice } from "../forms/conflict-notice";
import { StatusBadge } from "./status-badge";
import { humanize } from "../../lib/format";
import { isEditor } from "../../lib/roles";
import type { Viewer } from "../../lib/viewer";
import { ConfirmStep } from "../forms/confirm-step";
import { ProposeMerge } from "./propose-merge";
import { PriorFactCheck, PriorFactCheck_VerdictFragment } from "../verdicts/prior-fact-check";

export const SimilarClaims_ClaimFragment = graphql(`
  fragment SimilarClaims_ClaimFragment on Claim {
    id
    mergedInto { id }
    similarClaims {
      similarity
      claim {
        id
        text
        kind
        status
        version
        claimantRole
        claimant { id name }
        verdict { id }
      }
    }
  }
`);

// Loaded on its own: the claim desk's query is close to the server's cost limit.
const SimilarClaimsPanelQuery = graphql(
  `
    query SimilarClaimsPanel($id: ID!) {
      node(id: $id) {
        __typename
        ... on Claim {
          id
          priorFactCheck { id ...PriorFactCheck_VerdictFragment }
          openMergeProposals { id reason proposedBy { id name } duplicate { id text } keep { id text } }
        }
      }
    }
  `,
  [PriorFactCheck_VerdictFragment],
);

const MergeClaimsMutation = graphql(
  `
    mutation MergeClaims($input: MergeClaimsInput!) {
      mergeClaims(input: $input) {
        __typename
        ... on MergeClaimsSuccess { claim { id version updatedAt } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

interface SimilarClaimsProps {
  claim: FragmentOf<typeof SimilarClaims_ClaimFragment>;
  viewer: Viewer;
  /** Reloads the desk: the merge moved appearances, evidence, ratings, figures and media onto this claim. */
  refetch: () => void;
}

/**
 * Claims worded like this one (often the same statement reported by another outlet), most similar first. Editors
 * can fold one into this claim; it asks once more first, because a merge is not undone from here. Reviewers propose
 * the merge instead, for an editor to decide; open proposals are shown to everyone.
 */
export function SimilarClaims({ claim, viewer, refetch }: SimilarClaimsProps) {
  const c = readFragment(SimilarClaims_ClaimFragment, claim);
  const merge = useResultMutation(MergeClaimsMutation, "mergeClaims", refetch);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const canMerge = isEditor(viewer) && !c.mergedInto;
  const canPropose = !isEditor(viewer) && !c.mergedInto;
  const similar = c.similarClaims;
  const [{ data: panelData }] = useQuery({ query: SimilarClaimsPanelQuery, variables: { id: c.id }, requestPolicy: "cache-and-network" });
  const panel = panelData?.node?.__typename === "Claim" ? panelData.node : null;
  const openProposals = panel?.openMergeProposals ?? [];
  const proposedInto = (duplicateId: string) => openProposals.find((p) => p.duplicate.id === duplicateId && p.keep.id === c.id);
  const mergingThisAway = openProposals.filter((p) => p.duplicate.id === c.id);

  const onMerge = async (duplicate: { id: string; version: number; text: string }) => {
    setMerged(null);
    const payload = await merge.run({ input: { keep: c.id, duplicates: [{ id: duplicate.id, expectedVersion: duplicate.version }] } });
    setConfirming(null);
    if (payload?.__typename === "MergeClaimsSuccess") {
      setMerged(duplicate.text);
      // The merge brought appearances, evidence, ratings, figures and media along.
      refetch();
    }
  };

  return (
    <section className="section similar-claims" aria-labelledby="similar-heading">
      <h2 id="similar-heading">
        Similar claims <span className="count">{similar.length}</span>
      </h2>
      {merge.conflict ? (
        <ConflictNotice conflict={merge.conflict} subject="the other claim" onRefresh={merge.refresh} />
      ) : (
        <FormErrors failure={merge.failure} error={merge.error} />
      )}
      {merged && (
        <p className="alert alert-info" role="status">
          Merged &ldquo;{merged}&rdquo; into this claim: its appearances, evidence, ratings, figures and media are here now.
        </p>
      )}
      {panel?.priorFactCheck && <PriorFactCheck verdict={panel.priorFactCheck} />}
      {mergingThisAway.map((p) => (
        <p key={p.id} className="alert alert-info">
          {p.proposedBy.name} proposed merging this claim into <Link href={`/claims/${p.keep.id}`}>{p.keep.text}</Link>
          {p.reason ? <>: &ldquo;{p.reason}&rdquo;</> : ""}. An editor will decide.
        </p>
      ))}
      {similar.length === 0 ? (
        <p className="muted">No other claim on the desk is worded like this one.</p>
      ) : (
        <>
          <p className="muted">
            Worded like this one: possibly the same statement reported elsewhere.
            {canMerge ? " Merging moves a duplicate's appearances, evidence, ratings, figures and media here and archives it." : ""}
          </p>
          <ul className="item-list">
            {similar.map(({ similarity, claim: other }) => (
              <li key={other.id} className="item similar-claim">
                <p className="similar-line">
                  <span className="similarity">{Math.round(similarity * 100)}% similar</span> <StatusBadge status={other.status} />{" "}
                  <Link href={`/claims/${other.id}`}>{other.text}</Link>
                </p>
                <p className="item-meta muted">
                  {humanize(other.kind)}
                  {other.claimant ? ` · ${other.claimant.name}${other.claimantRole ? `, ${other.claimantRole}` : ""}` : " · not attributed"}
                </p>
                {proposedInto(other.id) && <MergeProposedNote proposal={proposedInto(other.id)!} />}
                {canPropose && !other.verdict && !proposedInto(other.id) && <ProposeMerge keepId={c.id} duplicate={other} />}
                {canMerge &&
                  (other.verdict ? (
                    <p className="item-meta muted">Has a verdict, so it cannot be merged away.</p>
                  ) : confirming === other.id ? (
                    <ConfirmStep
                      name="Confirm merge"
                      question={<>Merge &ldquo;{other.text}&rdquo; into this claim? It will be archived and point here.</>}
                      confirmLabel="Confirm merge"
                      busyLabel="Merging…"
                      busy={merge.fetching}
                      onConfirm={() => void onMerge(other)}
                      onCancel={() => setConfirming(null)}
                      autoFocus
                    />
                  ) : (
                    <button type="button" className="button" disabled={merge.fetching} onClick={() => setConfirming(other.id)}>
                      Merge into this claim
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Someone proposed folding a similar claim into this one; an editor decides from "My work" or merges it here. */
function MergeProposedNote({ proposal }: { proposal: { proposedBy: { name: string }; reason: string | null } }) {
  return (
    <p className="item-meta merge-proposed">
      Merge proposed by {proposal.proposedBy.name}
      {proposal.reason ? <>: &ldquo;{proposal.reason}&rdquo;</> : ""}
    </p>
  );
}
