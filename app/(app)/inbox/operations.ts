import { graphql } from "@/graphql/client/graphql";

/** How many inbox entries the page shows at first, and adds with each "Load more". */
export const INBOX_PAGE_SIZE = 30;

const InboxNotification = graphql(`
  fragment InboxNotification on Notification @_unmask {
    id
    kind
    summary
    excerpt
    read
    createdAt
    organization {
      id
      name
      slug
    }
    goal {
      id
    }
    milestone {
      id
    }
  }
`);

/** The inbox page's own operation: a page of entries (grouped notifications), newest first. */
export const InboxQuery = graphql(
  `
    query Inbox($first: Int, $after: String) {
      viewer {
        id
        unreadNotificationCount
        notifications(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              count
              latest {
                ...InboxNotification
              }
              notifications {
                id
                read
                summary
              }
            }
          }
        }
      }
    }
  `,
  [InboxNotification],
);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      notifications {
        id
        read
      }
      viewer {
        id
        unreadNotificationCount
      }
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      marked
      viewer {
        id
        unreadNotificationCount
      }
    }
  }
`);
