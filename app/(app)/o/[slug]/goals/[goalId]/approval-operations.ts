import { graphql } from "@/graphql/client/graphql";
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

// The three approval steps; each answers with the row and the whole goal page (approval completes
// or reopens a milestone, which moves progress, health and the summary). Like the page's other
// mutations (./operations.ts) they spread the component fragments, not GoalPageFields: the API's
// depth limit counts each fragment spread as a level.
const fragments = [
  MilestoneRowFields,
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

export const RequestApprovalMutation = graphql(
  `
  mutation RequestApproval($input: ApprovalStepInput!) {
    requestApproval(input: $input) {
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
  fragments,
);

export const ApproveMilestoneMutation = graphql(
  `
  mutation ApproveMilestone($input: ApprovalStepInput!) {
    approveMilestone(input: $input) {
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
  fragments,
);

export const RejectMilestoneMutation = graphql(
  `
  mutation RejectMilestone($input: ApprovalStepInput!) {
    rejectMilestone(input: $input) {
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
  fragments,
);
