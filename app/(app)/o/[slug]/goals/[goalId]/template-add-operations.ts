import { graphql } from "@/graphql/client/graphql";
import { CheckInDueFields } from "@/app/_components/goals/check-in-due-fields";
import { CheckInsGoalFields } from "./check-ins-fields";
import { GoalHeaderFields } from "./goal-header-fields";
import { HealthPanelFields } from "./health-panel-fields";
import { MilestoneListFields } from "./milestone-list-fields";
import { MilestoneTimelineFields } from "./milestone-timeline-fields";
import { NextMilestoneFields } from "./next-milestone-fields";
import { ProgressPanelFields } from "./progress-panel-fields";
import { ScheduleRiskFields } from "./schedule-risk-fields";
import { SmartCardFields } from "./smart-card-fields";

// Adding a template's milestones answers with the whole goal page: progress, health, the list,
// the timeline and the SMART card all change at once. The component fragments are spread here
// rather than GoalPageFields: the API's depth limit counts each spread (see ./operations.ts).
export const AddMilestonesFromTemplateMutation = graphql(
  `
  mutation AddMilestonesFromTemplate($input: AddMilestonesFromTemplateInput!) {
    addMilestonesFromTemplate(input: $input) {
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
