import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The schedule-risk card: milestones due after the goal's target date. */
export const ScheduleRiskFields = graphql(`
  fragment ScheduleRiskFields on Goal @_unmask {
    __typename
    id
    archivedAt
    isClosed
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
          status
        }
      }
    }
  }
`);

export type ScheduleRiskGoal = ResultOf<typeof ScheduleRiskFields>;
