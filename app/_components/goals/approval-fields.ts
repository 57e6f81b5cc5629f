import { graphql, type ResultOf } from "@/graphql/client/graphql";

// What a milestone row shows of an approval (kind, approver, state, history) and may do with it.
export const MilestoneApprovalFields = graphql(`
  fragment MilestoneApprovalFields on Milestone @_unmask {
    __typename
    id
    kind
    approvalState
    approver {
      __typename
      id
      name
    }
    approvalSteps {
      __typename
      action
      note
      createdAt
      actor {
        __typename
        id
        name
      }
    }
    viewerCan {
      __typename
      requestApproval
      decideApproval
    }
  }
`);

export type MilestoneApproval = ResultOf<typeof MilestoneApprovalFields>;
