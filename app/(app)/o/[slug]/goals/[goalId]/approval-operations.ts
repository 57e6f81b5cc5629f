import { graphql } from "@/graphql/client/graphql";
import { MilestoneRowFields } from "@/app/_components/goals/milestone-row-fields";
import { GoalPageFields } from "./operations";

// The three approval steps; each answers with the row and the whole goal page (approval completes
// or reopens a milestone, which moves progress, health and the summary).
export const RequestApprovalMutation = graphql(
  `
  mutation RequestApproval($input: ApprovalStepInput!) {
    requestApproval(input: $input) {
      __typename
      milestone {
        ...MilestoneRowFields
        goal {
          ...GoalPageFields
        }
      }
    }
  }
`,
  [MilestoneRowFields, GoalPageFields],
);

export const ApproveMilestoneMutation = graphql(
  `
  mutation ApproveMilestone($input: ApprovalStepInput!) {
    approveMilestone(input: $input) {
      __typename
      milestone {
        ...MilestoneRowFields
        goal {
          ...GoalPageFields
        }
      }
    }
  }
`,
  [MilestoneRowFields, GoalPageFields],
);

export const RejectMilestoneMutation = graphql(
  `
  mutation RejectMilestone($input: ApprovalStepInput!) {
    rejectMilestone(input: $input) {
      __typename
      milestone {
        ...MilestoneRowFields
        goal {
          ...GoalPageFields
        }
      }
    }
  }
`,
  [MilestoneRowFields, GoalPageFields],
);
