import { graphql } from "@/graphql/client/graphql";
import { GoalPageFields } from "./operations";

// Adding a template's milestones answers with the whole goal page: progress, health, the list,
// the timeline and the SMART card all change at once.
export const AddMilestonesFromTemplateMutation = graphql(
  `
  mutation AddMilestonesFromTemplate($input: AddMilestonesFromTemplateInput!) {
    addMilestonesFromTemplate(input: $input) {
      __typename
      goal {
        ...GoalPageFields
      }
    }
  }
`,
  [GoalPageFields],
);
