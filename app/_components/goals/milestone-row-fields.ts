import { graphql, type ResultOf } from "@/graphql/client/graphql";

// What one milestone row shows and edits. Not a "use client" module, so the server-rendered page
// query can compose it. Unmasked (@_unmask): the row reads its fields directly; __typename is
// selected because optimistic responses build this shape by hand.
export const MilestoneRowFields = graphql(`
  fragment MilestoneRowFields on Milestone @_unmask {
    __typename
    id
    version
    title
    description
    dueDate
    baselineDueDate
    slipCount
    slipDays
    status
    effectiveStatus
    isMissed
    position
    completedAt
    viewerCanEdit
    weight
    durationDays
    skills
    latestStart
    earliestFinish
    slackDays
    isCritical
    startAtRisk
    owner {
      __typename
      id
      name
      email
    }
    helpers {
      __typename
      id
      name
      email
    }
    dependsOn {
      __typename
      id
      title
    }
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
      actorName
    }
    viewerCan {
      __typename
      requestApproval
      decideApproval
    }
  }
`);

export type MilestoneData = ResultOf<typeof MilestoneRowFields>;
export type MilestoneStatus = MilestoneData["status"];
/** What the approval badge and panel read (the fields are inline above: a nested fragment spread counts as a level against the API's depth limit). */
export type MilestoneApproval = Pick<MilestoneData, "id" | "kind" | "approvalState" | "approver" | "approvalSteps" | "viewerCan">;
