import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The progress chart's history against the expected pace. */
export const ProgressChartFields = graphql(`
  fragment ProgressChartFields on Goal @_unmask {
    __typename
    id
    kind
    unit
    isClosed
    closedAt
    progress
    expectedProgress
    startDate
    targetDate
    progressHistory {
      __typename
      recordedAt
      progress
      value
      expectedProgress
    }
  }
`);

export type ProgressChartGoal = ResultOf<typeof ProgressChartFields>;
