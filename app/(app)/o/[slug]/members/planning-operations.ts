import { graphql } from "@/graphql/client/graphql";

/** What the planning editor shows and edits of one membership. */
export const MemberPlanningFragment = graphql(`
  fragment MemberPlanning on Membership @_unmask {
    id
    skills
    interests
    availability
    viewerCanEditPlanning
    timeOff {
      id
      startDate
      endDate
      note
    }
  }
`);

export const UpdateMemberPlanningMutation = graphql(
  `
    mutation UpdateMemberPlanning($input: UpdateMemberPlanningInput!) {
      updateMemberPlanning(input: $input) {
        membership {
          ...MemberPlanning
        }
      }
    }
  `,
  [MemberPlanningFragment],
);

export const AddTimeOffMutation = graphql(
  `
    mutation AddTimeOff($input: AddTimeOffInput!) {
      addTimeOff(input: $input) {
        membership {
          ...MemberPlanning
        }
      }
    }
  `,
  [MemberPlanningFragment],
);

export const RemoveTimeOffMutation = graphql(
  `
    mutation RemoveTimeOff($input: RemoveTimeOffInput!) {
      removeTimeOff(input: $input) {
        membership {
          ...MemberPlanning
        }
      }
    }
  `,
  [MemberPlanningFragment],
);
