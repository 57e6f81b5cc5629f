import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { CheckInDueFields } from "./check-in-due-fields";

/** What a goal row shows; the goals list and the dashboard both spread it. */
export const GoalRowFields = graphql(
  `
  fragment GoalRowFields on Goal @_unmask {
    id
    title
    startDate
    targetDate
    archivedAt
    kind
    unit
    currentValue
    targetValue
    direction
    progress
    progressFormula
    expectedProgress
    health
    healthExplanation
    confidence
    confidenceMismatch
    milestoneCount
    doneMilestoneCount
    missedMilestoneCount
    isClosed
    outcome
    parent {
      id
      title
    }
    owner {
      id
      name
    }
    ...CheckInDueFields
  }
`,
  [CheckInDueFields],
);

export type GoalRowData = ResultOf<typeof GoalRowFields>;
