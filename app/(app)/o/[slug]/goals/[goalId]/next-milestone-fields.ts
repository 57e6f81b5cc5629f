import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The summary's "next milestone": the open one due soonest. */
export const NextMilestoneFields = graphql(`
  fragment NextMilestoneFields on Goal @_unmask {
    __typename
    id
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
          isMissed
          owner {
            __typename
            id
            name
          }
        }
      }
    }
  }
`);

export type NextMilestoneGoal = ResultOf<typeof NextMilestoneFields>;
