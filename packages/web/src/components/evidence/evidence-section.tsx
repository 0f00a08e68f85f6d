import { useRef, useState } from "react";
import { useQuery } from "urql";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { EvidenceItem, EvidenceItem_EvidenceFragment } from "./evidence-item";
import { stances } from "./stances";

export const EvidenceSection_ClaimFragment = graphql(
  `
    fragment EvidenceSection_ClaimFragment on Claim {
      id
      evidence(first: 100) {
        edges { node { ...EvidenceItem_EvidenceFragment } }
      }
    }
  `,
  [EvidenceItem_EvidenceFragment],
);

// Loaded when a reviewer asks for it, not with the desk: the desk's query is near its cost limit, and removed
// evidence is rarely looked at.
const RemovedEvidenceQuery = graphql(
  `
    query RemovedEvidence($id: ID!) {
      claim(id: $id) {
        id
        evidence(first: 100, includeRemoved: true) {
          edges { node { id removedAt ...EvidenceItem_EvidenceFragment } }
        }
      }
    }
  `,
  [EvidenceItem_EvidenceFragment],
);

/** The claim's removed evidence, struck through, each with Restore. */
function RemovedEvidence({
  claimId,
  refetch,
  onMoved,
  changeable,
}: {
  claimId: string;
  refetch: () => void;
  onMoved: (change: "removed" | "restored") => void;
  changeable: boolean;
}) {
  const [{ data, error }] = useQuery({ query: RemovedEvidenceQuery, variables: { id: claimId } });
  if (error) return <p className="alert alert-error">Removed evidence could not be loaded. Try again.</p>;
  if (!data) return <p className="muted">Loading removed evidence…</p>;
  const removed = (data.claim?.evidence.edges ?? []).map((e) => e.node).filter((item) => item.removedAt != null);
  if (removed.length === 0) return <p className="muted">No evidence was removed from this claim.</p>;
  return (
    <ul className="item-list" aria-label="Removed evidence">
      {removed.map((item) => (
        <EvidenceItem
          key={item.id}
          evidence={item}
          removedAt={item.removedAt}
          refetch={refetch}
          onMoved={onMoved}
          changeable={changeable}
        />
      ))}
    </ul>
  );
}

interface EvidenceSectionProps {
  claim: FragmentOf<typeof EvidenceSection_ClaimFragment>;
  refetch: () => void;
  /** False on an archived or merged claim: its evidence stays as it was, without Edit, Remove or Restore. */
  takesWork: boolean;
}

/** The claim's evidence, grouped by stance; removed evidence on request, to restore. */
export function EvidenceSection({ claim, refetch, takesWork }: EvidenceSectionProps) {
  const { id, evidence } = readFragment(EvidenceSection_ClaimFragment, claim);
  const [showRemoved, setShowRemoved] = useState(false);
  const items = evidence.edges.map((e) => e.node);
  // Removing or restoring takes the pressed button away with its item: say what happened, and keep focus in the
  // section, on the toggle that leads to the removed evidence, instead of dropping it to the top of the page.
  const [moved, setMoved] = useState<"removed" | "restored" | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const onMoved = (change: "removed" | "restored") => {
    setMoved(change);
    toggle.current?.focus();
  };
  return (
    <>
      {items.length === 0 ? (
        <p className="muted">{takesWork ? "No evidence yet. Add the first piece below." : "No evidence."}</p>
      ) : (
        <div className="evidence-groups">
          {stances.map((stance) => {
            const group = items.filter((item) => item.stance === stance.value);
            if (group.length === 0) return null;
            return (
              <div key={stance.value} className={`evidence-group stance-${stance.value.toLowerCase()}`}>
                <h3>
                  {stance.heading} <span className="count">{group.length}</span>
                </h3>
                <ul className="item-list">
                  {group.map((item) => (
                    <EvidenceItem key={item.id} evidence={item} refetch={refetch} onMoved={onMoved} changeable={takesWork} />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      <div className="removed-evidence">
        <button
          type="button"
          className="button button-quiet"
          ref={toggle}
          aria-expanded={showRemoved}
          onClick={() => setShowRemoved(!showRemoved)}
        >
          {showRemoved ? "Hide removed evidence" : "Show removed evidence"}
        </button>{" "}
        <span className="saved" role="status">
          {moved === "removed" && "Evidence removed. You can restore it from the removed evidence."}
          {moved === "restored" && "Evidence restored to the list."}
        </span>
        {showRemoved && <RemovedEvidence claimId={id} refetch={refetch} onMoved={onMoved} changeable={takesWork} />}
      </div>
    </>
  );
}
