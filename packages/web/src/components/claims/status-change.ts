import { graphql } from "../../gql/graphql";

// What a change that can move a claim returns of it: the status, the version, and the moves now allowed, so the
// normalized cache updates the status actions, the queue and every form that sends the claim's version at once.
export const StatusChange_ClaimFragment = graphql(`
  fragment StatusChange_ClaimFragment on Claim {
    id
    status
    version
    updatedAt
    allowedNextStatuses
  }
`);
