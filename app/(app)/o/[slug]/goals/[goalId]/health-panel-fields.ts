import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** Health from pace beside the owner's confidence; the outcome once closed. */
export const HealthPanelFields = graphql(`
  fragment HealthPanelFields on Goal @_unmask {
    __typename
    id
    isClosed
    closedAt
    closingNote
    outcome
    progress
    expectedProgress
    health
    healthExplanation
    confidence
    confidenceMismatch
    missedMilestoneCount
    lastCheckIn: checkIns(first: 1) {
      __typename
      edges {
        __typename
        node {
          __typename
          id
          createdAt
          author {
            __typename
            id
            name
          }
        }
      }
    }
  }
`);

export type HealthPanelGoal = ResultOf<typeof HealthPanelFields>;
