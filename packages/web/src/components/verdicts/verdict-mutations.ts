import { graphql } from "../../gql/graphql";
import {
  FormErrors_ErrorFragment,
} from "../forms/form-errors";
import { VerdictArticle_VerdictFragment } from "./verdict-article";

// Each verdict mutation returns the verdict as the desk shows it and the claim fields the change moves
// (status, version, which verdict it has), so the normalized cache updates every screen at once.

export const PublishVerdictMutation = graphql(
  `
    mutation PublishVerdict($input: PublishVerdictInput!) {
      publishVerdict(input: $input) {
        __typename
        ... on PublishVerdictSuccess {
          verdict {
            id
            version
            ...VerdictArticle_VerdictFragment
            claim { id status version updatedAt allowedNextStatuses verdict { id } }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [
    VerdictArticle_VerdictFragment,
    FormErrors_ErrorFragment,
  ],
);

export const CorrectVerdictMutation = graphql(
  `
    mutation CorrectVerdict($id: ID!, $expectedVersion: Int!, $input: CorrectVerdictInput!) {
      correctVerdict(id: $id, expectedVersion: $expectedVersion, input: $input) {
        __typename
        ... on CorrectVerdictSuccess {
          verdict {
            id
            version
            ...VerdictArticle_VerdictFragment
            # A corrected wording moves the claim on the desk too.
            claim { id status version updatedAt allowedNextStatuses text claimantRole claimDate claimDatePrecision claimant { id name } }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [
    VerdictArticle_VerdictFragment,
    FormErrors_ErrorFragment,
  ],
);

export const RetractVerdictMutation = graphql(
  `
    mutation RetractVerdict($id: ID!, $expectedVersion: Int!, $reason: String!) {
      retractVerdict(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
        __typename
        ... on RetractVerdictSuccess {
          verdict {
            id
            version
            ...VerdictArticle_VerdictFragment
            claim { id status version updatedAt allowedNextStatuses }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [
    VerdictArticle_VerdictFragment,
    FormErrors_ErrorFragment,
  ],
);

export const SignOffVerdictMutation = graphql(
  `
    mutation SignOffVerdict($id: ID!, $expectedVersion: Int!) {
      signOffVerdict(id: $id, expectedVersion: $expectedVersion) {
        __typename
        ... on SignOffVerdictSuccess {
          verdict {
            id
            version
            ...VerdictArticle_VerdictFragment
            claim { id status version updatedAt allowedNextStatuses }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [
    VerdictArticle_VerdictFragment,
    FormErrors_ErrorFragment,
  ],
);
