import { graphql, type ResultOf } from "@/graphql/client/graphql";

export const WorkloadQuery = graphql(`
  query Workload($slug: String!, $skill: String) {
    organization(slug: $slug) {
      id
      name
      timeZone
      tags
      workload(weeks: 12, skill: $skill) {
        availability
        skills
        user {
          id
          name
        }
        weeks {
          weekStart
          load
          overallocated
          daysOff
          openMilestones
          milestones {
            id
            title
            dueDate
            goal {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export type WorkloadMember = ResultOf<typeof WorkloadQuery>["organization"]["workload"][number];
export type WorkloadWeek = WorkloadMember["weeks"][number];

/** The page's variables: a blank skill means everyone. */
export const workloadVariables = (slug: string, skill: string | undefined) => ({ slug, skill: skill?.trim() || null });
