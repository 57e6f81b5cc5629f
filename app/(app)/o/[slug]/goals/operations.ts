import { graphql } from "@/graphql/client/graphql";

// Fragments are unmasked (@_unmask) so components read their fields directly. __typename is
// selected where optimistic responses build these shapes by hand.

export const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone @_unmask {
    __typename
    id
    title
    description
    dueDate
    status
    position
    completedAt
    isOverdue
    viewerCanEdit
    assignees {
      __typename
      id
      name
      email
    }
  }
`);

export const GoalSummaryFields = graphql(`
  fragment GoalSummaryFields on Goal @_unmask {
    __typename
    id
    title
    description
    startDate
    targetDate
    archivedAt
    updatedAt
    viewerCanEdit
    progress
    milestoneCount
    doneMilestoneCount
    overdueMilestoneCount
    owner {
      __typename
      id
      name
      email
    }
  }
`);

export const GoalPageQuery = graphql(
  `
  query GoalPage($id: ID!) {
    goal(id: $id) {
      ...GoalSummaryFields
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
            ...MilestoneFields
          }
        }
      }
      organization {
        id
        name
        slug
        timeZone
        viewerRole
      }
    }
  }
`,
  [GoalSummaryFields, MilestoneFields],
);

export const OrgMembersQuery = graphql(`
  query GoalOrgMembers($slug: String!) {
    me {
      id
    }
    organization(slug: $slug) {
      id
      timeZone
      viewerRole
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

export const CreateGoalMutation = graphql(
  `
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      goal {
        ...GoalSummaryFields
      }
    }
  }
`,
  [GoalSummaryFields],
);

export const UpdateGoalMutation = graphql(
  `
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      goal {
        ...GoalSummaryFields
      }
    }
  }
`,
  [GoalSummaryFields],
);

// Archiving flips viewerCanEdit on the goal and on each milestone, so both come back.
// Payloads stay small on purpose: the API's cost limit multiplies nested connections (and each
// fragment level), so mutations return only what changed and the cache fills in the rest.
export const ArchiveGoalMutation = graphql(
  `
  mutation ArchiveGoal($input: ArchiveGoalInput!) {
    archiveGoal(input: $input) {
      goal {
        ...GoalSummaryFields
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
              __typename
              id
              viewerCanEdit
            }
          }
        }
      }
    }
  }
`,
  [GoalSummaryFields],
);

export const UnarchiveGoalMutation = graphql(
  `
  mutation UnarchiveGoal($input: UnarchiveGoalInput!) {
    unarchiveGoal(input: $input) {
      goal {
        ...GoalSummaryFields
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
              __typename
              id
              viewerCanEdit
            }
          }
        }
      }
    }
  }
`,
  [GoalSummaryFields],
);

export const CreateMilestoneMutation = graphql(
  `
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      milestone {
        ...MilestoneFields
        goal {
          __typename
          id
          progress
          milestoneCount
          doneMilestoneCount
          overdueMilestoneCount
        }
      }
    }
  }
`,
  [MilestoneFields],
);

export const UpdateMilestoneMutation = graphql(
  `
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      __typename
      milestone {
        ...MilestoneFields
        goal {
          __typename
          id
          progress
          milestoneCount
          doneMilestoneCount
          overdueMilestoneCount
        }
      }
    }
  }
`,
  [MilestoneFields],
);

export const MoveMilestoneMutation = graphql(
  `
  mutation MoveMilestone($input: MoveMilestoneInput!) {
    moveMilestone(input: $input) {
      __typename
      goal {
        __typename
        id
        progress
        milestoneCount
        doneMilestoneCount
        overdueMilestoneCount
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
              __typename
              id
              position
            }
          }
        }
      }
    }
  }
`);

export const DeleteMilestoneMutation = graphql(
  `
  mutation DeleteMilestone($input: DeleteMilestoneInput!) {
    deleteMilestone(input: $input) {
      deletedMilestoneId
      goal {
        __typename
        id
        progress
        milestoneCount
        doneMilestoneCount
        overdueMilestoneCount
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
              __typename
              id
              position
            }
          }
        }
      }
    }
  }
`);

export const AssignMilestoneMutation = graphql(`
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

export const UnassignMilestoneMutation = graphql(`
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

// ---- Goal form (create / edit): kind, metric, parent, weight, reasons ----

/** The fields the goal form edits beyond GoalSummaryFields, plus what its SMART checklist reads. */
export const GoalFormFields = graphql(`
  fragment GoalFormFields on Goal @_unmask {
    __typename
    id
    kind
    unit
    startValue
    targetValue
    direction
    weight
    relevance
    rationale
    createdAt
    isClosed
    parent {
      __typename
      id
      title
    }
  }
`);

/** Owner choices and parent-goal choices for the goal form. Archived goals come too, only to trace ancestry. */
export const GoalFormOptionsQuery = graphql(`
  query GoalFormOptions($slug: String!) {
    me {
      id
    }
    organization(slug: $slug) {
      id
      timeZone
      viewerRole
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
      goals(first: 300, includeArchived: true) {
        totalCount
        edges {
          node {
            id
            title
            targetDate
            archivedAt
            isClosed
            parent {
              id
            }
          }
        }
      }
    }
  }
`);

/** The goal being edited, with the milestone count and recorded values its SMART checklist needs. */
export const EditGoalQuery = graphql(
  `
  query EditGoal($id: ID!) {
    goal(id: $id) {
      ...GoalSummaryFields
      ...GoalFormFields
      checkIns(first: 100) {
        edges {
          node {
            id
            value
            createdAt
          }
        }
      }
      organization {
        id
        slug
        timeZone
      }
    }
  }
`,
  [GoalSummaryFields, GoalFormFields],
);

export const CreateGoalWithDetailsMutation = graphql(
  `
  mutation CreateGoalWithDetails($input: CreateGoalInput!) {
    createGoal(input: $input) {
      goal {
        ...GoalSummaryFields
        ...GoalFormFields
      }
    }
  }
`,
  [GoalSummaryFields, GoalFormFields],
);

export const UpdateGoalDetailsMutation = graphql(
  `
  mutation UpdateGoalDetails($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      goal {
        ...GoalSummaryFields
        ...GoalFormFields
      }
    }
  }
`,
  [GoalSummaryFields, GoalFormFields],
);
