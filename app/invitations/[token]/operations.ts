import { graphql, type ResultOf } from "@/graphql/client/graphql";

export const InvitationQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      organizationName
      email
      role
      invitedByName
      expiresAt
      status
    }
  }
`);

export type InvitationPreview = NonNullable<ResultOf<typeof InvitationQuery>["invitation"]>;

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        id
        role
        organization {
          id
          slug
        }
      }
    }
  }
`);
