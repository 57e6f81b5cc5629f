import { graphql, type ResultOf } from "@/graphql/client/graphql";

// The discussion's operations (goal or milestone), each component reading its own fragment:
// CommentItemFields for one comment (its body rendered with the mentioned people's current names),
// CommentTargetFields for whether the viewer may write here.

export const COMMENTS_PAGE = 10;

export const CommentItemFields = graphql(`
  fragment CommentItemFields on Comment @_unmask {
    __typename
    id
    body
    createdAt
    viewerCanDelete
    author {
      __typename
      id
      name
    }
    mentions {
      __typename
      id
      name
    }
  }
`);

export type CommentItem = ResultOf<typeof CommentItemFields>;

/** May the viewer write here: their role (stakeholders too) and the goal being open. */
export const CommentTargetFields = graphql(`
  fragment CommentTargetFields on Goal @_unmask {
    __typename
    id
    isClosed
    archivedAt
    viewerCan {
      comment
    }
  }
`);

export type CommentTargetGoal = ResultOf<typeof CommentTargetFields>;

/** The latest comments (oldest first within the page); earlier ones page in backwards. */
export const GoalCommentsQuery = graphql(
  `
  query GoalComments($id: ID!, $last: Int!, $before: String) {
    goal(id: $id) {
      ...CommentTargetFields
      comments(last: $last, before: $before) {
        __typename
        totalCount
        pageInfo {
          __typename
          hasPreviousPage
          startCursor
        }
        edges {
          __typename
          cursor
          node {
            ...CommentItemFields
          }
        }
      }
    }
  }
`,
  [CommentItemFields, CommentTargetFields],
);

/** A milestone's comments, loaded when its discussion is opened: the latest page, earlier ones backwards. */
export const MilestoneCommentsQuery = graphql(
  `
  query MilestoneComments($id: ID!, $last: Int!, $before: String) {
    milestone(id: $id) {
      __typename
      id
      goal {
        ...CommentTargetFields
      }
      comments(last: $last, before: $before) {
        __typename
        totalCount
        pageInfo {
          __typename
          hasPreviousPage
          startCursor
        }
        edges {
          __typename
          cursor
          node {
            ...CommentItemFields
          }
        }
      }
    }
  }
`,
  [CommentItemFields, CommentTargetFields],
);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        __typename
        id
      }
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      deletedCommentId
    }
  }
`);

/** Who can be mentioned: the organization's members (stakeholders too), loaded when "@" is first typed. */
export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($slug: String!) {
    organization(slug: $slug) {
      id
      members(first: 200) {
        edges {
          node {
            id
            user {
              id
              name
            }
          }
        }
      }
    }
  }
`);
