import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The page header and its actions: title, owner, dates, parent, and the goal's state. */
export const GoalHeaderFields = graphql(`
  fragment GoalHeaderFields on Goal @_unmask {
    __typename
    id
    title
    startDate
    targetDate
    archivedAt
    closedAt
    isClosed
    outcome
    updatedAt
    viewerFollows
    viewerCan {
      edit
    }
    progress
    owner {
      __typename
      id
      name
      email
    }
    parent {
      __typename
      id
      title
    }
  }
`);

export type GoalHeaderGoal = ResultOf<typeof GoalHeaderFields>;
