import { graphql, type ResultOf, type VariablesOf } from "@/graphql/client/graphql";
import { GoalRowFields } from "@/app/_components/goals/goal-row-fields";

const DashboardMilestoneFields = graphql(`
  fragment DashboardMilestoneFields on Milestone @_unmask {
    id
    title
    dueDate
    baselineDueDate
    effectiveStatus
    owner {
      id
      name
    }
    helpers {
      id
      name
    }
    goal {
      id
      title
    }
  }
`);

/** Everything the dashboard page shows, in one request (the filter choices included). */
export const DashboardPageQuery = graphql(
  `
    query DashboardPage($slug: String!, $filter: DashboardFilter, $goalsFirst: Int, $milestonesFirst: Int) {
      organization(slug: $slug) {
        id
        name
        timeZone
        mission
        viewerCan {
          editGoals
        }
        dashboard(filter: $filter) {
          today
          healthCounts {
            onTrack
            atRisk
            offTrack
            notEnoughData
            closed
          }
          owners {
            id
            name
          }
          parents {
            id
            title
          }
          goalCount
          goals(first: $goalsFirst) {
            ...GoalRowFields
          }
          missedCount
          missedMilestones(first: $milestonesFirst) {
            ...DashboardMilestoneFields
          }
          dueSoonCount
          dueSoon(first: $milestonesFirst) {
            ...DashboardMilestoneFields
          }
          recentWins {
            id
            summary
            createdAt
            goal {
              id
              title
            }
          }
        }
      }
    }
  `,
  [GoalRowFields, DashboardMilestoneFields],
);

// A dashboard is a summary: the first few of each list, with counts and a way to see them all.
const FIRST_GOALS = 20;
const FIRST_MILESTONES = 6;

/** What to show in full, beyond each list's first few. */
export interface Expanded {
  goals: boolean;
  milestones: boolean;
}

export const NOTHING_EXPANDED: Expanded = { goals: false, milestones: false };

/** The page's variables: the server renders with NOTHING_EXPANDED, and the browser starts from there. */
export function dashboardVariables(slug: string, filter: VariablesOf<typeof DashboardPageQuery>["filter"], expanded: Expanded) {
  return {
    slug,
    filter,
    goalsFirst: expanded.goals ? null : FIRST_GOALS,
    milestonesFirst: expanded.milestones ? null : FIRST_MILESTONES,
  };
}

export type DashboardData = ResultOf<typeof DashboardPageQuery>["organization"]["dashboard"];
export type DashboardMilestone = DashboardData["missedMilestones"][number];
