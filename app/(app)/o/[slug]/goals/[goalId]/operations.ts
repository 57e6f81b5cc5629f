import { graphql } from "@/graphql/client/graphql";

// The goal page's operations. Fragments are unmasked (@_unmask) so components read their fields
// directly; __typename is selected where optimistic responses build these shapes by hand.
//
// Every mutation that can move a number on the page (progress, health, critical path, slack…)
// answers with the whole `GoalPageFields`, so the page always shows what the server computed —
// the UI never recomputes a rule. The paginated lists (check-ins, activity, comments) are separate
// queries, refetched by name after the mutations that add to them.

export const PageMilestoneFields = graphql(`
  fragment PageMilestoneFields on Milestone @_unmask {
    __typename
    id
    version
    title
    description
    dueDate
    baselineDueDate
    slipCount
    slipDays
    status
    effectiveStatus
    isMissed
    position
    completedAt
    viewerCanEdit
    weight
    durationDays
    latestStart
    earliestFinish
    slackDays
    isCritical
    startAtRisk
    owner {
      __typename
      id
      name
      email
    }
    assignees {
      __typename
      id
      name
      email
    }
    dependsOn {
      __typename
      id
      title
    }
  }
`);

export const GoalPageFields = graphql(
  `
  fragment GoalPageFields on Goal @_unmask {
    __typename
    id
    title
    description
    kind
    unit
    startValue
    targetValue
    currentValue
    direction
    startDate
    targetDate
    archivedAt
    closedAt
    isClosed
    outcome
    closingNote
    createdAt
    updatedAt
    viewerCanEdit
    weight
    relevance
    rationale
    progress
    progressFormula
    progressParts {
      __typename
      label
      weight
      progress
    }
    expectedProgress
    health
    healthExplanation
    confidence
    confidenceMismatch
    missedMilestoneCount
    milestoneCount
    doneMilestoneCount
    owner {
      __typename
      id
      name
      email
    }
    parent {
      __typename
      id
      title
    }
    children {
      __typename
      id
      title
      progress
      weight
      health
      isClosed
      outcome
    }
    smart {
      __typename
      criterion
      met
      label
      detail
    }
    criticalPath {
      __typename
      id
      title
      dueDate
      slackDays
      latestStart
      durationDays
      status
    }
    progressHistory {
      __typename
      recordedAt
      progress
      value
      expectedProgress
    }
    lastCheckIn: checkIns(first: 1) {
      __typename
      edges {
        __typename
        node {
          __typename
          id
          createdAt
          author {
            __typename
            id
            name
          }
        }
      }
    }
    milestones(first: 100) {
      __typename
      totalCount
      pageInfo {
        __typename
        hasNextPage
      }
      edges {
        __typename
        cursor
        node {
          ...PageMilestoneFields
        }
      }
    }
  }
`,
  [PageMilestoneFields],
);

export const GoalTruthPageQuery = graphql(
  `
  query GoalTruthPage($id: ID!) {
    goal(id: $id) {
      ...GoalPageFields
      organization {
        __typename
        id
        name
        slug
        timeZone
        viewerRole
      }
    }
  }
`,
  [GoalPageFields],
);

export const GoalPageMembersQuery = graphql(`
  query GoalPageMembers($slug: String!) {
    me {
      id
    }
    organization(slug: $slug) {
      id
      members(first: 200) {
        totalCount
        edges {
          node {
            id
            role
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

export const CHECK_INS_PAGE = 5;
export const ACTIVITY_PAGE = 8;
export const COMMENTS_PAGE = 10;

export const GoalCheckInsQuery = graphql(`
  query GoalCheckIns($id: ID!, $first: Int!, $after: String) {
    goal(id: $id) {
      __typename
      id
      checkIns(first: $first, after: $after) {
        __typename
        totalCount
        pageInfo {
          __typename
          hasNextPage
          endCursor
        }
        edges {
          __typename
          cursor
          node {
            __typename
            id
            createdAt
            value
            confidence
            note
            author {
              __typename
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const GoalActivityQuery = graphql(`
  query GoalActivity($id: ID!, $first: Int!, $after: String) {
    goal(id: $id) {
      __typename
      id
      activity(first: $first, after: $after) {
        __typename
        totalCount
        pageInfo {
          __typename
          hasNextPage
          endCursor
        }
        edges {
          __typename
          cursor
          node {
            __typename
            id
            kind
            summary
            isWin
            createdAt
            actor {
              __typename
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The latest comments (oldest first within the page); earlier ones page in backwards. */
export const GoalCommentsQuery = graphql(`
  query GoalComments($id: ID!, $last: Int!, $before: String) {
    goal(id: $id) {
      __typename
      id
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
          }
        }
      }
    }
  }
`);

/** A milestone's comments, loaded when its discussion is opened: the latest page, earlier ones backwards. */
export const MilestoneCommentsQuery = graphql(`
  query MilestoneComments($id: ID!, $last: Int!, $before: String) {
    milestone(id: $id) {
      __typename
      id
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
          }
        }
      }
    }
  }
`);

export const CreateCheckInMutation = graphql(
  `
  mutation CreateCheckIn($input: CreateCheckInInput!) {
    createCheckIn(input: $input) {
      checkIn {
        __typename
        id
      }
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);

export const CloseGoalMutation = graphql(
  `
  mutation CloseGoal($input: CloseGoalInput!) {
    closeGoal(input: $input) {
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);

export const ReopenGoalMutation = graphql(
  `
  mutation ReopenGoal($input: ReopenGoalInput!) {
    reopenGoal(input: $input) {
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);

export const ArchiveGoalPageMutation = graphql(
  `
  mutation ArchiveGoal($input: ArchiveGoalInput!) {
    archiveGoal(input: $input) {
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);

export const UnarchiveGoalPageMutation = graphql(
  `
  mutation UnarchiveGoal($input: UnarchiveGoalInput!) {
    unarchiveGoal(input: $input) {
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
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

export const CreatePageMilestoneMutation = graphql(
  `
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      milestone {
        ...PageMilestoneFields
        goal {
          ...GoalPageFields
        }
      }
    }
  }
`,
  [PageMilestoneFields, GoalPageFields],
);

export const UpdatePageMilestoneMutation = graphql(
  `
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      __typename
      milestone {
        ...PageMilestoneFields
        goal {
          ...GoalPageFields
        }
      }
    }
  }
`,
  [PageMilestoneFields, GoalPageFields],
);

/** One milestone as the page shows it, fresh from the server: "Reload their version" after a stale edit. */
export const ReloadPageMilestoneQuery = graphql(
  `
  query ReloadPageMilestone($id: ID!) {
    node(id: $id) {
      ... on Milestone {
        ...PageMilestoneFields
      }
    }
  }
`,
  [PageMilestoneFields],
);

export const MovePageMilestoneMutation = graphql(
  `
  mutation MoveMilestone($input: MoveMilestoneInput!) {
    moveMilestone(input: $input) {
      __typename
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);

export const DeletePageMilestoneMutation = graphql(
  `
  mutation DeleteMilestone($input: DeleteMilestoneInput!) {
    deleteMilestone(input: $input) {
      deletedMilestoneId
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);

export const AssignPageMilestoneMutation = graphql(`
  mutation AssignMilestone($input: AssignMilestoneInput!) {
    assignMilestone(input: $input) {
      __typename
      milestone {
        __typename
        id
        assignees {
          __typename
          id
          name
          email
        }
      }
    }
  }
`);

export const UnassignPageMilestoneMutation = graphql(`
  mutation UnassignMilestone($input: UnassignMilestoneInput!) {
    unassignMilestone(input: $input) {
      __typename
      milestone {
        __typename
        id
        assignees {
          __typename
          id
          name
          email
        }
      }
    }
  }
`);

/** The schedule-risk card's "move the target" choice: only the target date changes. */
export const ExtendGoalTargetMutation = graphql(
  `
  mutation ExtendGoalTarget($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);
