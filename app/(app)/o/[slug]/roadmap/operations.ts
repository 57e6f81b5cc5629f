import { graphql } from "@/graphql/client/graphql";

/** Everything the roadmap page shows, in one request. */
export const RoadmapQuery = graphql(`
  query Roadmap($slug: String!, $includeClosed: Boolean!) {
    organization(slug: $slug) {
      id
      name
      timeZone
      viewerRole
      roadmap(includeClosed: $includeClosed) {
        id
        title
        startDate
        targetDate
        progress
        expectedProgress
        health
        isClosed
        outcome
        owner {
          id
          name
        }
        parent {
          id
        }
        allMilestones {
          id
          title
          dueDate
          effectiveStatus
          isCritical
        }
      }
    }
  }
`);
