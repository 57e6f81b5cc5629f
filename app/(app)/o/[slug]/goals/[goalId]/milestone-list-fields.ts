import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { MilestoneRowFields } from "@/app/_components/goals/milestone-row-fields";
import { CriticalPathFields } from "./critical-path-fields";

/** The milestone list: its counts, its rows (each row's own fragment) and the critical-path card. */
export const MilestoneListFields = graphql(
  `
  fragment MilestoneListFields on Goal @_unmask {
    __typename
    id
    title
    kind
    targetDate
    milestoneCount
    doneMilestoneCount
    missedMilestoneCount
    children {
      __typename
      id
    }
    milestones(first: 100) {
      __typename
      totalCount
      pageInfo {
        __typename
        hasNextPage
      }
      edges {
        __typename
        cursor
        node {
          ...MilestoneRowFields
        }
      }
    }
    ...CriticalPathFields
  }
`,
  [MilestoneRowFields, CriticalPathFields],
);

/** The goal as the list reads it: its milestones typed as full rows. */
export type MilestoneListGoal = ResultOf<typeof MilestoneListFields>;
