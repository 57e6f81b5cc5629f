import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The goal timeline: the goal's window and each milestone's bar, baseline and dependencies. */
export const MilestoneTimelineFields = graphql(`
  fragment MilestoneTimelineFields on Goal @_unmask {
    __typename
    id
    isClosed
    startDate
    targetDate
    milestones(first: 100) {
      __typename
      edges {
        __typename
        node {
          __typename
          id
          title
          dueDate
          baselineDueDate
          slipCount
          effectiveStatus
          isCritical
          latestStart
          dependsOn {
            __typename
            id
            title
          }
        }
      }
    }
  }
`);

export type TimelineGoal = ResultOf<typeof MilestoneTimelineFields>;
export type TimelineMilestone = TimelineGoal["milestones"]["edges"][number]["node"];
