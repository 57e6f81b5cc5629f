import { graphql } from "@/graphql/client/graphql";

/** The tokens page's own operation. */
export const ApiTokensQuery = graphql(`
  query ApiTokens {
    me {
      id
      apiTokens {
        id
        name
        prefix
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);
