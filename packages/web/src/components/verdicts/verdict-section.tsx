import { useState } from "react";
import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { isEditor } from "../../lib/roles";
import type { Viewer } from "../../lib/viewer";
import { VerdictArticle, VerdictArticle_VerdictFragment, verdictArticleProps } from "./verdict-article";
import type { EntityOption } from "./wording-fields";
import { PublishVerdictForm, PublishVerdictForm_ClaimFragment } from "./publish-verdict-form";
import { CorrectVerdictForm, CorrectVerdictForm_ClaimFragment } from "./correct-verdict-form";
import { RetractVerdictForm } from "./retract-verdict-form";
import { VerdictFields_ClaimFragment } from "./verdict-fields";
import { SignOffVerdict } from "./sign-off-verdict";

export const VerdictSection_ClaimFragment = graphql(
  `
    fragment VerdictSection_ClaimFragment on Claim {
      id
      verdict {
        id
        version
        state
        publishedBy { id }
        ...VerdictArticle_VerdictFragment
      }
      ...VerdictFields_ClaimFragment
      ...PublishVerdictForm_ClaimFragment
      ...CorrectVerdictForm_ClaimFragment
    }
  `,
  [VerdictArticle_VerdictFragment, VerdictFields_ClaimFragment, PublishVerdictForm_ClaimFragment, CorrectVerdictForm_ClaimFragment],
);

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
  const article = verdict ? verdictArticleProps(verdict) : null;
  const evidence = c.evidence.edges.map((e) => e.node);

  return (
    <section className="section verdict-section" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Verdict</h2>
      {verdict && article && (
        <>
          <VerdictArticle {...article} />
          {verdict.state !== "AWAITING_SIGN_OFF" && (
            <p>
              <Link href={`/verdicts/${verdict.id}`}>Open the public verdict page →</Link>
            </p>
          )}
        </>
      )}
      {!editor && !verdict && <p className="muted">No verdict yet. When the reviewers are done, an editor publishes it.</p>}
      {editor && verdict?.state === "AWAITING_SIGN_OFF" && (
        <SignOffVerdict verdictId={verdict.id} version={verdict.version} self={verdict.publishedBy.id === viewer.id} refetch={refetch} />
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
      {editor && live && article && mode === "correct" && (
        <CorrectVerdictForm
          claim={c}
          article={article}
          evidence={evidence}
          entities={entities}
          refetch={refetch}
          onDone={() => setMode(null)}
        />
      )}
      {editor && live && article && mode === "retract" && (
        <RetractVerdictForm verdict={verdict} article={article} refetch={refetch} onDone={() => setMode(null)} />
      )}
      {editor && !live && <PublishVerdictForm claim={c} evidence={evidence} refetch={refetch} />}
    </section>
  );
}
