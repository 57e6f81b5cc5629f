import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The critical-path card: the path from the API and the plan entries its outlook is computed from. */
export const CriticalPathFields = graphql(`
  fragment CriticalPathFields on Goal @_unmask {
    __typename
    id
    isClosed
    targetDate
    criticalPath {
      __typename
      id
      title
      dueDate
      slackDays
      latestStart
      durationDays
      status
    }
    milestones(first: 100) {
      __typename
      edges {
        __typename
        node {
          __typename
          id
          status
          durationDays
          earliestFinish
          slackDays
        }
      }
    }
  }
`);

export type CriticalPathGoal = ResultOf<typeof CriticalPathFields>;
