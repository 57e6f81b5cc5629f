import { graphql } from "@/graphql/client/graphql";
import { MemberPlanningFragment } from "./planning-operations";

export const MembersQuery = graphql(`
  query Members($slug: String!, $after: String) {
    me {
      id
    }
    organization(slug: $slug) {
      id
      name
      slug
      tags
      viewerCan {
        manageMembers
        manageOwners
        ownOrganization
        grantableRoles
      }
      members(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            createdAt
            ...MemberPlanning
            user {
              id
              name
              email
            }
          }
        }
      }
      invitations {
        id
        email
        role
        createdAt
        expiresAt
        invitedBy {
          id
          name
        }
      }
    }
  }
`, [MemberPlanningFragment]);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      inviteUrl
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
      }
    }
  }
`);

export const UpdateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      membership {
        id
        role
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
    }
  }
`);
