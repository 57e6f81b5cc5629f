import { graphql } from "@/graphql/client/graphql";

/** The home page's own operation: the viewer and their organizations. */
export const HomeQuery = graphql(`
  query Home {
    me {
      id
      name
      memberships {
        id
        role
        organization {
          id
          name
          slug
          members {
            totalCount
          }
          goals {
            totalCount
          }
        }
      }
    }
  }
`);
