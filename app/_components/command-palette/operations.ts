import { graphql } from "@/graphql/client/graphql";

export const PaletteSearchQuery = graphql(`
  query PaletteSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      rank
      node {
        __typename
        ... on Goal {
          id
          title
          organization {
            id
            slug
            name
          }
        }
        ... on Milestone {
          id
          title
          goal {
            id
            title
            organization {
              id
              slug
              name
            }
          }
        }
        ... on Comment {
          id
          body
          milestone {
            id
            title
          }
          goal {
            id
            title
            organization {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);

/** The current organization's people, for "jump to a person" (their goals on the dashboard). */
export const PaletteOrgQuery = graphql(`
  query PaletteOrg($slug: String!) {
    organization(slug: $slug) {
      id
      viewerCan {
        editGoals
      }
      members(first: 200) {
        edges {
          node {
            id
            user {
              id
              name
              email
            }
          }
        }
      }
    }
  }
`);
