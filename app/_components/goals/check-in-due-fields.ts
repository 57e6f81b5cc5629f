import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** Whether the goal's owner owes a check-in (Goal.checkIn, by its cadence): what CheckInDueBadge reads. */
export const CheckInDueFields = graphql(`
  fragment CheckInDueFields on Goal @_unmask {
    __typename
    id
    checkInCadence
    checkIn {
      __typename
      due
      dueSince
      silentWeeks
    }
  }
`);

export type CheckInDueData = ResultOf<typeof CheckInDueFields>;
