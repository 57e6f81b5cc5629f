import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { GoalRowFields } from "../goals/goal-row-fields";

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
    goal {
      id
      title
    }
  }
`);

/** Everything the dashboard page shows, in one request (the filter choices included). */
export const DashboardPageQuery = graphql(
  `
    query DashboardPage($slug: String!, $filter: DashboardFilter) {
      organization(slug: $slug) {
        id
        name
        timeZone
        viewerRole
        dashboard(filter: $filter) {
          today
          healthCounts {
            onTrack
            atRisk
            offTrack
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
          goals {
            ...GoalRowFields
          }
          missedMilestones {
            ...DashboardMilestoneFields
          }
          dueSoon {
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

export type DashboardData = ResultOf<typeof DashboardPageQuery>["organization"]["dashboard"];
export type DashboardMilestone = DashboardData["missedMilestones"][number];
