import { useRef, useState } from "react";
import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { isEditor } from "../../lib/roles";
import { useFocusAfterRender } from "../forms/use-focus-after-render";
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
  // Publishing, correcting, retracting or signing off takes away the form or button that was pressed: focus goes to
  // this section's heading and a status message says what happened (focus fell to the top of the page, in silence).
  // Opening a form moves focus into it, and cancelling goes back to the button that opened it.
  const heading = useRef<HTMLHeadingElement>(null);
  const correctButton = useRef<HTMLButtonElement>(null);
  const retractButton = useRef<HTMLButtonElement>(null);
  const [said, setSaid] = useState("");
  const focusAfterRender = useFocusAfterRender();
  const open = (form: "correct" | "retract") => {
    setSaid("");
    setMode(form);
  };
  const settle = (message: string) => {
    setMode(null);
    setSaid(message);
    focusAfterRender(() => heading.current);
  };
  const cancel = () => {
    const opener = mode === "retract" ? retractButton : correctButton;
    setMode(null);
    focusAfterRender(() => opener.current);
  };

  return (
    <section className="section verdict-section" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" ref={heading} tabIndex={-1}>
        Verdict
      </h2>
      <p className="visually-hidden" role="status">
        {said}
      </p>
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
        <SignOffVerdict
          verdictId={verdict.id}
          version={verdict.version}
          self={verdict.publishedBy.id === viewer.id}
          refetch={refetch}
          onSignedOff={() => settle("Verdict signed off and published.")}
        />
      )}
      {editor && live && verdict.state === "PUBLISHED" && mode === null && (
        <div className="button-row">
          <button type="button" className="button" ref={correctButton} onClick={() => open("correct")}>
            Correct verdict
          </button>
          <button type="button" className="button button-danger" ref={retractButton} onClick={() => open("retract")}>
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
          onDone={() => settle("Correction published.")}
          onCancel={cancel}
        />
      )}
      {editor && live && article && mode === "retract" && (
        <RetractVerdictForm
          verdict={verdict}
          article={article}
          refetch={refetch}
          onDone={() => settle("Verdict retracted. The claim is back in review.")}
          onCancel={cancel}
        />
      )}
      {editor && !live && (
        <PublishVerdictForm
          claim={c}
          evidence={evidence}
          refetch={refetch}
          onPublished={(state) =>
            settle(state === "PUBLISHED" ? "Verdict published." : "Verdict proposed: it waits for a second editor’s sign-off.")
          }
        />
      )}
    </section>
  );
}
