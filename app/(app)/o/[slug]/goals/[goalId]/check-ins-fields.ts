import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The check-in form's goal: its kind and unit, the confidence to start from. The history is its own query. */
export const CheckInsGoalFields = graphql(`
  fragment CheckInsGoalFields on Goal @_unmask {
    __typename
    id
    kind
    unit
    currentValue
    confidence
    viewerCan {
      edit
    }
    isClosed
    archivedAt
  }
`);

export type CheckInsGoal = ResultOf<typeof CheckInsGoalFields>;
