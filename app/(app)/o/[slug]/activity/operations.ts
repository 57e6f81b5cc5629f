import { graphql } from "@/graphql/client/graphql";

/** The activity page's own operation: one page of the organization's feed, or of its wins. */
export const OrgActivityQuery = graphql(`
  query OrgActivity($slug: String!, $winsOnly: Boolean!, $first: Int!, $after: String) {
    organization(slug: $slug) {
      id
      name
      timeZone
      viewerCan {
        editGoals
      }
      activity(first: $first, after: $after, winsOnly: $winsOnly) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            kind
            isWin
            summary
            createdAt
            actor {
              id
              name
            }
            goal {
              id
              title
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** The activity page's variables; `?wins=1` shows wins only. */
export const activityVariables = (slug: string, winsOnly: boolean) => ({ slug, winsOnly, first: PAGE_SIZE });
