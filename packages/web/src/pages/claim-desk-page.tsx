import { useCallback, useRef, useState } from "react";
import { useFocusAfterRender } from "../components/forms/use-focus-after-render";
import { Link } from "wouter";
import { useQuery, useSubscription } from "urql";
import { graphql, readFragment } from "../gql/graphql";
import { ClaimSummary, ClaimSummary_ClaimFragment } from "../components/claims/claim-summary";
import { StatusActions, StatusActions_ClaimFragment } from "../components/claims/status-actions";
import { EditClaimForm, EditClaimForm_ClaimFragment } from "../components/claims/edit-claim-form";
import { ClaimDetailFields_QueryFragment } from "../components/claims/claim-fields";
import { AppearanceList, AppearanceList_ClaimFragment } from "../components/claims/appearance-list";
import { HistoryTimeline, HistoryTimeline_ClaimFragment } from "../components/claims/history-timeline";
import { SimilarClaims, SimilarClaims_ClaimFragment } from "../components/claims/similar-claims";
import { EvidenceSection, EvidenceSection_ClaimFragment } from "../components/evidence/evidence-section";
import { AddEvidenceForm } from "../components/evidence/add-evidence-form";
import { RatingsSection, RatingsSection_ClaimFragment } from "../components/ratings/ratings-section";
import { RateClaimForm, RateClaimForm_ClaimFragment } from "../components/ratings/rate-claim-form";
import { MediaSection, MediaSection_ClaimFragment } from "../components/media/media-section";
import { FigureSection, FigureSection_ClaimFragment } from "../components/figures/figure-section";
import { VerdictSection, VerdictSection_ClaimFragment } from "../components/verdicts/verdict-section";
import { NotesSection, NotesSection_ClaimFragment } from "../components/notes/notes-section";
import { ErrorState, Loading, NotOnDesk } from "../components/layout/status-views";
import { usePageTitle } from "../lib/use-page-title";
import type { Viewer } from "../lib/viewer";
import { takesWork } from "../lib/claim-work";

/** Everything the desk shows of the claim: the page reads it, and the live subscription pushes it again. */
const ClaimDesk_ClaimFragment = graphql(
  `
    fragment ClaimDesk_ClaimFragment on Claim @_unmask {
      id
      text
      status
      mergedInto { id }
      ...ClaimSummary_ClaimFragment
      ...StatusActions_ClaimFragment
      ...EditClaimForm_ClaimFragment
      ...AppearanceList_ClaimFragment
      ...SimilarClaims_ClaimFragment
      ...EvidenceSection_ClaimFragment
      ...RatingsSection_ClaimFragment
      ...RateClaimForm_ClaimFragment
      ...MediaSection_ClaimFragment
      ...FigureSection_ClaimFragment
      ...VerdictSection_ClaimFragment
      ...NotesSection_ClaimFragment
      ...HistoryTimeline_ClaimFragment
    }
  `,
  [
    ClaimSummary_ClaimFragment,
    StatusActions_ClaimFragment,
    EditClaimForm_ClaimFragment,
    AppearanceList_ClaimFragment,
    SimilarClaims_ClaimFragment,
    EvidenceSection_ClaimFragment,
    RatingsSection_ClaimFragment,
    RateClaimForm_ClaimFragment,
    MediaSection_ClaimFragment,
    FigureSection_ClaimFragment,
    VerdictSection_ClaimFragment,
    NotesSection_ClaimFragment,
    HistoryTimeline_ClaimFragment,
  ],
);

const ClaimDeskPageQuery = graphql(
  `
    query ClaimDeskPage($id: ID!) {
      ...ClaimDetailFields_QueryFragment
      claim(id: $id) { ...ClaimDesk_ClaimFragment }
    }
  `,
  [ClaimDetailFields_QueryFragment, ClaimDesk_ClaimFragment],
);

/**
 * The same claim, pushed by the server each time anyone changes it or something on it: graphcache writes it over
 * the page's data, so a colleague's evidence, rating or note appears without a reload.
 */
const ClaimDeskLive = graphql(
  `
    subscription ClaimDeskLive($id: ID!) {
      claimUpdated(id: $id) { ...ClaimDesk_ClaimFragment }
    }
  `,
  [ClaimDesk_ClaimFragment],
);

/** Everything about one claim on one screen: the claim, its sources, evidence, ratings, verdict and history. */
export function ClaimDeskPage({ id, viewer }: { id: string; viewer: Viewer }) {
  // cache-and-network: show what the cache has at once, then what colleagues changed since.
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ClaimDeskPageQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useSubscription({ query: ClaimDeskLive, variables: { id } });
  const [editing, setEditingClaim] = useState(false);
  // Edit claim leaves while its form is open (the form takes focus): closing the form, saved or not, goes back to
  // it instead of dropping focus to the top of the page.
  const editClaimButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const setEditing = (on: boolean) => {
    setEditingClaim(on);
    if (!on) focusAfterRender(() => editClaimButton.current);
  };
  const [addingEvidence, setAddingEvidence] = useState(false);
  const claim = data?.claim;
  // One tap from anywhere on the page to the rating form, ready to choose a label.
  const goToRating = () => {
    const form = document.getElementById("rate-claim");
    form?.scrollIntoView({ block: "start" });
    form?.querySelector<HTMLSelectElement>("select")?.focus({ preventScroll: true });
  };
  usePageTitle(claim ? claim.text.slice(0, 60) : "Claim");

  if (!data) {
    if (error) return <ErrorState error={error} retry={refetch} />;
    return <Loading label="Loading claim…" />;
  }
  if (!claim) {
    return <NotOnDesk title="This claim does not exist, or you cannot see it." />;
  }
  const entities = readFragment(ClaimDetailFields_QueryFragment, data).entities.edges.map((e) => e.node);
  // An archived or merged claim keeps its record but takes no new work: the desk shows it without the forms the
  // server would refuse, and says why once, at the top (the workflow actions say where a merged claim went).
  const open = takesWork(claim);

  return (
    <div className="page page-desk">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">← Claim queue</Link>
        {fetching && (
          <span className="muted refreshing" role="status">
            {" "}
            Refreshing…
          </span>
        )}
      </nav>
      <header className="desk-header card">
        <ClaimSummary claim={claim} />
        <div className="desk-header-side">
          {/* On a phone this is a bar fixed at the bottom of the screen: the workflow and "Rate" always in reach. */}
          <div className="desk-header-actions">
            <StatusActions claim={claim} viewer={viewer} refetch={refetch} />
            {open && (
              <button type="button" className="button rate-jump" onClick={goToRating}>
                Rate
              </button>
            )}
          </div>
          <div className="desk-header-more">
            {open && !editing && (
              <button type="button" className="button button-quiet" ref={editClaimButton} onClick={() => setEditing(true)}>
                Edit claim
              </button>
            )}
            <a className="button button-quiet" href={`/exports/claims/${encodeURIComponent(claim.id)}.json`} download>
              Export (JSON)
            </a>
          </div>
        </div>
      </header>
      {!open && (
        <p className="alert alert-info">
          {claim.mergedInto
            ? "This claim was merged into another, which took its evidence, ratings and notes: its record stays here, and the work continues on the claim it was merged into."
            : "This claim is archived: its record stays as it was, and it takes no new evidence, ratings, notes or figures until an editor restores it."}
        </p>
      )}
      {open && editing && <EditClaimForm claim={claim} query={data} refetch={refetch} onDone={() => setEditing(false)} />}
      <div className="desk-grid">
        <div className="desk-main">
          <AppearanceList claim={claim} />
          <SimilarClaims claim={claim} viewer={viewer} refetch={refetch} />
          <section className="section" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence</h2>
            <EvidenceSection claim={claim} refetch={refetch} takesWork={open} />
            {!open ? null : addingEvidence ? (
              <div className="subform">
                <h3>Add evidence</h3>
                <AddEvidenceForm claimId={claim.id} onClose={() => setAddingEvidence(false)} />
              </div>
            ) : (
              <button type="button" className="button" onClick={() => setAddingEvidence(true)}>
                Add evidence
              </button>
            )}
          </section>
          <FigureSection claim={claim} entities={entities} viewer={viewer} takesWork={open} />
          <MediaSection claim={claim} viewer={viewer} refetch={refetch} />
        </div>
        <aside className="desk-side" aria-label="Ratings, notes and history">
          <section className="section" aria-labelledby="ratings-heading">
            <h2 id="ratings-heading">Ratings</h2>
            <RatingsSection
              claim={claim}
              viewer={viewer}
              onRateAgain={open ? () => document.querySelector<HTMLSelectElement>("#rate-claim select")?.focus() : undefined}
            />
            {open && (
              <>
                <h3>Your rating</h3>
                <RateClaimForm claim={claim} viewer={viewer} />
              </>
            )}
          </section>
          <NotesSection claim={claim} viewer={viewer} refetch={refetch} />
          <HistoryTimeline claim={claim} />
        </aside>
      </div>
      <VerdictSection claim={claim} viewer={viewer} refetch={refetch} entities={entities} />
    </div>
  );
}
