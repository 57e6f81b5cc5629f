import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { MilestoneApprovalFields } from "./approval-fields";

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
    assignees {
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
    ...MilestoneApprovalFields
  }
`, [MilestoneApprovalFields]);

export type MilestoneData = ResultOf<typeof MilestoneRowFields>;
export type MilestoneStatus = MilestoneData["status"];
