import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { ProgressChartFields } from "./progress-chart-fields";

/** The summary's progress: the why, the headline in the goal's own terms, the formula, sub-goals. */
export const ProgressPanelFields = graphql(
  `
  fragment ProgressPanelFields on Goal @_unmask {
    __typename
    id
    title
    description
    kind
    unit
    startValue
    targetValue
    currentValue
    direction
    startDate
    targetDate
    isClosed
    relevance
    rationale
    progress
    progressFormula
    progressParts {
      __typename
      label
      weight
      progress
    }
    expectedProgress
    milestoneCount
    doneMilestoneCount
    lastCheckIn: checkIns(first: 1) {
      __typename
      edges {
        __typename
        node {
          __typename
          id
        }
      }
    }
    children {
      __typename
      id
      title
      progress
      weight
      health
      isClosed
      outcome
    }
    ...ProgressChartFields
  }
`,
  [ProgressChartFields],
);

export type ProgressPanelGoal = ResultOf<typeof ProgressPanelFields>;
