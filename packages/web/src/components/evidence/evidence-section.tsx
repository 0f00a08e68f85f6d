import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { DateTime } from "../layout/date-time";
import { SourceLink, SourceLink_SourceFragment } from "../sources/source-link";
import { SourceCaptures } from "../sources/source-captures";
import { valuesOf, type Enum } from "../../lib/enums";

export const EvidenceSection_ClaimFragment = graphql(
  `
    fragment EvidenceSection_ClaimFragment on Claim {
      id
      evidence(first: 100) {
        edges {
          node {
            id
            stance
            excerpt
            note
            createdAt
            addedBy { id name }
            source { id ...SourceLink_SourceFragment }
          }
        }
      }
    }
  `,
  [SourceLink_SourceFragment],
);

const stanceWords: Record<Enum<"Stance">, { label: string; heading: string }> = {
  SUPPORTS: { label: "Supports", heading: "Supports the claim" },
  REFUTES: { label: "Refutes", heading: "Refutes the claim" },
  CONTEXT: { label: "Context", heading: "Context" },
};

/** The stances in the order the desk groups evidence by. */
export const stances = valuesOf(stanceWords).map((value) => ({ value, ...stanceWords[value] }));

/** The claim's evidence, grouped by stance, each with its excerpt and a link to the source. */
export function EvidenceSection({ claim }: { claim: FragmentOf<typeof EvidenceSection_ClaimFragment> }) {
  const { evidence } = readFragment(EvidenceSection_ClaimFragment, claim);
  const items = evidence.edges.map((e) => e.node);
  if (items.length === 0) return <p className="muted">No evidence yet. Add the first piece below.</p>;
  return (
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
                <li key={item.id} className="item">
                  <blockquote className="excerpt">{item.excerpt}</blockquote>
                  {item.note && <p className="note">{item.note}</p>}
                  <p className="item-meta">
                    <SourceLink source={item.source} />
                    <span className="muted">
                      {" "}
                      · added {item.addedBy ? `by ${item.addedBy.name} ` : ""}
                      <DateTime iso={item.createdAt} />
                    </span>
                  </p>
                  <SourceCaptures sourceId={item.source.id} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
