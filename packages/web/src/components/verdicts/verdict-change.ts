import { graphql } from "../../gql/graphql";
import { VerdictArticle_VerdictFragment } from "./verdict-article";
import { StatusChange_ClaimFragment } from "../claims/status-change";

// What every verdict mutation returns: the verdict as the desk shows it, with the claim fields the change moves
// (status, version, the moves now allowed), so the normalized cache updates every screen at once.
export const VerdictChange_VerdictFragment = graphql(
  `
    fragment VerdictChange_VerdictFragment on Verdict {
      id
      version
      ...VerdictArticle_VerdictFragment
      claim { ...StatusChange_ClaimFragment }
    }
  `,
  [VerdictArticle_VerdictFragment, StatusChange_ClaimFragment],
);
