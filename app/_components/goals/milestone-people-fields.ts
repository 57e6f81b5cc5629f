import { graphql, type ResultOf } from "@/graphql/client/graphql";

// Who is on a milestone, the same on every page: one accountable owner, then helpers (never the
// owner: server/milestones/assignments.ts). Unmasked so rows read it directly; not "use client",
// so server-rendered queries can compose it; __typename for hand-built optimistic responses.
export const MilestonePeopleFields = graphql(`
  fragment MilestonePeopleFields on Milestone @_unmask {
    __typename
    id
    owner {
      __typename
      id
      name
      email
    }
    helpers {
      __typename
      id
      name
      email
    }
  }
`);

export type MilestonePeopleData = ResultOf<typeof MilestonePeopleFields>;
