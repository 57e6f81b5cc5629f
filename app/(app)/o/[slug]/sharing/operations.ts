import { graphql, type ResultOf } from "@/graphql/client/graphql";

export const ShareLinkFields = graphql(`
  fragment ShareLinkFields on ShareLink @_unmask {
    id
    scope
    status
    createdAt
    expiresAt
    lastViewedAt
    viewerCanRevoke
    createdBy {
      id
      name
    }
    goal {
      id
      title
    }
  }
`);

export const SharingQuery = graphql(
  `
    query Sharing($slug: String!) {
      organization(slug: $slug) {
        id
        name
        slug
        viewerCan {
          manageSharing
        }
        shareLinks {
          ...ShareLinkFields
        }
        goals(first: 100) {
          edges {
            node {
              id
              title
              viewerCan {
                share
              }
            }
          }
        }
      }
    }
  `,
  [ShareLinkFields],
);

export const CreateShareLinkMutation = graphql(
  `
    mutation CreateShareLink($input: CreateShareLinkInput!) {
      createShareLink(input: $input) {
        url
        path
        shareLink {
          ...ShareLinkFields
        }
      }
    }
  `,
  [ShareLinkFields],
);

export const RevokeShareLinkMutation = graphql(`
  mutation RevokeShareLink($input: RevokeShareLinkInput!) {
    revokeShareLink(input: $input) {
      shareLink {
        id
        status
        revokedAt
      }
    }
  }
`);

export type ShareLinkRow = NonNullable<ResultOf<typeof SharingQuery>["organization"]>["shareLinks"][number];
