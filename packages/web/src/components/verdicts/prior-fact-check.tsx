import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate } from "../../lib/format";
import { LabelBadge } from "./label-badge";

export const PriorFactCheck_VerdictFragment = graphql(`
  fragment PriorFactCheck_VerdictFragment on Verdict { id label headline publishedAt }
`);

/** "Already fact-checked": a published verdict on a claim worded like this one, so the desk does not check it twice. */
export function PriorFactCheck({ verdict }: { verdict: FragmentOf<typeof PriorFactCheck_VerdictFragment> }) {
  const v = readFragment(PriorFactCheck_VerdictFragment, verdict);
  return (
    <p className="prior-fact-check">
      <strong>Already fact-checked:</strong> <LabelBadge label={v.label} />
      {v.publishedAt ? `, ${formatDate(v.publishedAt)}` : ""} · <Link href={`/verdicts/${v.id}`}>{v.headline}</Link>
    </p>
  );
}
