import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { CheckInDueFields } from "@/app/_components/goals/check-in-due-fields";
import { MilestoneRowFields } from "@/app/_components/goals/milestone-row-fields";
import { CheckInsGoalFields } from "./check-ins-fields";
import { GoalHeaderFields } from "./goal-header-fields";
import { HealthPanelFields } from "./health-panel-fields";
import { MilestoneListFields } from "./milestone-list-fields";
import { MilestoneTimelineFields } from "./milestone-timeline-fields";
import { NextMilestoneFields } from "./next-milestone-fields";
import { ProgressPanelFields } from "./progress-panel-fields";
import { ScheduleRiskFields } from "./schedule-risk-fields";
import { SmartCardFields } from "./smart-card-fields";

// The goal page's operations. Fragments are unmasked (@_unmask) so components read their fields
// directly; __typename is selected where optimistic responses build these shapes by hand.
//
// Each component owns its fragment (`*-fields.ts`, plain modules so the server-rendered query can
// compose them); GoalPageFields composes them for the page's query. Every mutation that can move
// a number on the page (progress, health, critical path, slack…) answers with the same fields, so
// the page always shows what the server computed —
// the UI never recomputes a rule. The paginated lists (check-ins, activity, comments) are separate
// queries, refetched by name after the mutations that add to them.
//
// The mutations spread the component fragments themselves rather than GoalPageFields: the API's
// depth limit (12) counts each fragment spread as levels, and updateMilestone → milestone → goal →
// milestones → edges → node → the row's fragment would pass it with one more spread in between.

/**
 * The page's goal: each component's own fragment, composed. The unmasked union is what the
 * mutations answer with and what optimistic responses rebuild.
 */
/** The fragments GoalPageFields composes, for the mutations below (see the note there). */
const pageFragments = [
  GoalHeaderFields,
  ProgressPanelFields,
  HealthPanelFields,
  NextMilestoneFields,
  ScheduleRiskFields,
  SmartCardFields,
  CheckInsGoalFields,
  CheckInDueFields,
  MilestoneListFields,
  MilestoneTimelineFields,
] as const;

export const GoalPageFields = graphql(
  `
  fragment GoalPageFields on Goal @_unmask {
    __typename
    id
    createdAt
    weight
    ...GoalHeaderFields
    ...ProgressPanelFields
    ...HealthPanelFields
    ...NextMilestoneFields
    ...ScheduleRiskFields
    ...SmartCardFields
    ...CheckInsGoalFields
    ...CheckInDueFields
    ...MilestoneListFields
    ...MilestoneTimelineFields
  }
`,
  [
    GoalHeaderFields,
    ProgressPanelFields,
    HealthPanelFields,
    NextMilestoneFields,
    ScheduleRiskFields,
    SmartCardFields,
    CheckInsGoalFields,
    CheckInDueFields,
    MilestoneListFields,
    MilestoneTimelineFields,
  ],
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
      }
    }
  }
`,
  [GoalPageFields],
);

/** The goal as the page holds it (the query adds its organization). */
export type PageGoal = NonNullable<ResultOf<typeof GoalTruthPageQuery>["goal"]>;

export const GoalPageMembersQuery = graphql(`
  query GoalPageMembers($slug: String!) {
    me {
      id
    }
    organization(slug: $slug) {
      id
      tags
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

export const CreateCheckInMutation = graphql(
  `
  mutation CreateCheckIn($input: CreateCheckInInput!) {
    createCheckIn(input: $input) {
      checkIn {
        __typename
        id
      }
      goal {
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);

export const CloseGoalMutation = graphql(
  `
  mutation CloseGoal($input: CloseGoalInput!) {
    closeGoal(input: $input) {
      goal {
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);

export const ReopenGoalMutation = graphql(
  `
  mutation ReopenGoal($input: ReopenGoalInput!) {
    reopenGoal(input: $input) {
      goal {
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);

export const ArchiveGoalPageMutation = graphql(
  `
  mutation ArchiveGoal($input: ArchiveGoalInput!) {
    archiveGoal(input: $input) {
      goal {
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);

export const UnarchiveGoalPageMutation = graphql(
  `
  mutation UnarchiveGoal($input: UnarchiveGoalInput!) {
    unarchiveGoal(input: $input) {
      goal {
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);

export const CreatePageMilestoneMutation = graphql(
  `
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      milestone {
        ...MilestoneRowFields
        goal {
          __typename
          id
          createdAt
          weight
          ...GoalHeaderFields
          ...ProgressPanelFields
          ...HealthPanelFields
          ...NextMilestoneFields
          ...ScheduleRiskFields
          ...SmartCardFields
          ...CheckInsGoalFields
          ...CheckInDueFields
          ...MilestoneListFields
          ...MilestoneTimelineFields
        }
      }
    }
  }
`,
  [MilestoneRowFields, ...pageFragments],
);

export const UpdatePageMilestoneMutation = graphql(
  `
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      __typename
      milestone {
        ...MilestoneRowFields
        goal {
          __typename
          id
          createdAt
          weight
          ...GoalHeaderFields
          ...ProgressPanelFields
          ...HealthPanelFields
          ...NextMilestoneFields
          ...ScheduleRiskFields
          ...SmartCardFields
          ...CheckInsGoalFields
          ...CheckInDueFields
          ...MilestoneListFields
          ...MilestoneTimelineFields
        }
      }
    }
  }
`,
  [MilestoneRowFields, ...pageFragments],
);

/** One milestone as the page shows it, fresh from the server: "Reload their version" after a stale edit. */
export const ReloadPageMilestoneQuery = graphql(
  `
  query ReloadPageMilestone($id: ID!) {
    node(id: $id) {
      ... on Milestone {
        ...MilestoneRowFields
      }
    }
  }
`,
  [MilestoneRowFields],
);

export const MovePageMilestoneMutation = graphql(
  `
  mutation MoveMilestone($input: MoveMilestoneInput!) {
    moveMilestone(input: $input) {
      __typename
      goal {
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);

export const DeletePageMilestoneMutation = graphql(
  `
  mutation DeleteMilestone($input: DeleteMilestoneInput!) {
    deleteMilestone(input: $input) {
      deletedMilestoneId
      goal {
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);

export const AssignPageMilestoneMutation = graphql(`
  mutation AddMilestoneHelper($input: AddMilestoneHelperInput!) {
    addMilestoneHelper(input: $input) {
      __typename
      milestone {
        __typename
        id
        helpers {
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
  mutation RemoveMilestoneHelper($input: RemoveMilestoneHelperInput!) {
    removeMilestoneHelper(input: $input) {
      __typename
      milestone {
        __typename
        id
        helpers {
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
        __typename
        id
        createdAt
        weight
        ...GoalHeaderFields
        ...ProgressPanelFields
        ...HealthPanelFields
        ...NextMilestoneFields
        ...ScheduleRiskFields
        ...SmartCardFields
        ...CheckInsGoalFields
        ...CheckInDueFields
        ...MilestoneListFields
        ...MilestoneTimelineFields
      }
    }
  }
`,
  pageFragments,
);
