import { graphql } from "@/graphql/client/graphql";

const MyWorkMilestone = graphql(`
  fragment MyWorkMilestone on Milestone @_unmask {
    id
    title
    dueDate
    effectiveStatus
    isCritical
    goal {
      id
      title
      organization {
        id
        name
        slug
      }
    }
  }
`);

/** The page's own operation: each group's count and first rows (all of a group once expanded). */
export const MyWorkQuery = graphql(
  `
    query MyWork($overdueFirst: Int, $thisWeekFirst: Int, $laterFirst: Int) {
      waitingForMyApproval {
        ...MyWorkMilestone
        approvalSteps {
          action
          actorName
        }
      }
      myWork {
        overdueCount
        overdue(first: $overdueFirst) {
          ...MyWorkMilestone
        }
        thisWeekCount
        thisWeek(first: $thisWeekFirst) {
          ...MyWorkMilestone
        }
        laterCount
        later(first: $laterFirst) {
          ...MyWorkMilestone
        }
      }
    }
  `,
  [MyWorkMilestone],
);
