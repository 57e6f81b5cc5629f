import { graphql } from "@/graphql/client/graphql";

/** The Sent emails page's own operation (instance admins only). */
export const SentEmailsQuery = graphql(`
  query SentEmails($after: String) {
    emails(first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          to
          subject
          kind
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One email with its parts. */
export const SentEmailQuery = graphql(`
  query SentEmail($id: ID!) {
    email(id: $id) {
      id
      to
      subject
      kind
      status
      attempts
      lastError
      createdAt
      sentAt
      text
      html
    }
  }
`);
