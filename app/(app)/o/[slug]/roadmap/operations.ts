import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** Everything the roadmap page shows, in one request. */
export const RoadmapQuery = graphql(`
  query Roadmap($slug: String!, $includeClosed: Boolean!, $first: Int) {
    organization(slug: $slug) {
      id
      name
      timeZone
      viewerCan {
        editGoals
      }
      roadmapGoalCount(includeClosed: $includeClosed)
      roadmap(includeClosed: $includeClosed, first: $first) {
        id
        title
        startDate
        targetDate
        progress
        expectedProgress
        health
        isClosed
        outcome
        owner {
          id
          name
        }
        parent {
          id
        }
        allMilestones {
          id
          title
          dueDate
          effectiveStatus
          isCritical
        }
      }
    }
  }
`);

/** A large organization's roadmap starts with its first rows; "Show all" asks for the rest. */
const FIRST_ROWS = 30;

export const roadmapVariables = (slug: string, includeClosed: boolean, showAll: boolean) => ({
  slug,
  includeClosed,
  first: showAll ? null : FIRST_ROWS,
});

/** A goal on the roadmap, with its parent's id for nesting (domain/roadmap.ts). */
export type RoadmapGoal = ResultOf<typeof RoadmapQuery>["organization"]["roadmap"][number] & { parentId: string | null };
