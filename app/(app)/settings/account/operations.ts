import { graphql } from "@/graphql/client/graphql";

export const AccountQuery = graphql(`
  query Account {
    me {
      id
      name
      email
    }
    accountDeletionPlan {
      organizationName
      organizationSlug
      role
      outcome
      ownedGoalCount
      newGoalOwnerName
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      sessionRenewal
    }
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      signedOut
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      deleted
    }
  }
`);
