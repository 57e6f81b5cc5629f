import { graphql } from "@/graphql/client/graphql";
import { GoalRowFields } from "@/app/_components/goals/goal-row-fields";

// Fragments are unmasked (@_unmask) so components read their fields directly. __typename is
// selected where optimistic responses build these shapes by hand.

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
    viewerCan {
      edit
    }
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

/** The fields the goal form edits beyond GoalSummaryFields, plus what its SMART checklist reads. */
export const GoalFormFields = graphql(`
  fragment GoalFormFields on Goal @_unmask {
    __typename
    id
    version
    kind
    unit
    startValue
    targetValue
    direction
    weight
    relevance
    rationale
    checkInCadence
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
      viewerCan {
        editGoals
      }
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

/** The goals page: one page of the organization's goals, archived ones too when asked. */
export const GoalsListQuery = graphql(`
  query GoalsList($slug: String!, $includeArchived: Boolean!, $first: Int!, $after: String) {
    organization(slug: $slug) {
      id
      name
      timeZone
      viewerCan {
        editGoals
      }
      openGoalCount
      goals(first: $first, after: $after, includeArchived: $includeArchived) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...GoalRowFields
          }
        }
      }
    }
  }
`, [GoalRowFields]);

const GOALS_PAGE_SIZE = 20;

/** The goals page's variables; `?archived=1` shows archived goals too. */
export const goalsListVariables = (slug: string, includeArchived: boolean) => ({ slug, includeArchived, first: GOALS_PAGE_SIZE });
