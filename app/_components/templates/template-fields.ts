import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** A template as the pickers read it: enough to expand it on the client (domain/templates/expand.ts). */
export const TemplateFields = graphql(`
  fragment TemplateFields on Template @_unmask {
    __typename
    id
    kind
    name
    description
    builtIn
    viewerCanManage
    goal {
      __typename
      title
      description
      kind
      unit
      startValue
      targetValue
      direction
      relevance
      rationale
      checkInCadence
      windowDays
    }
    milestones {
      __typename
      key
      title
      doneMeans
      durationDays
      dependsOn
      kind
      due {
        __typename
        from
        days
      }
    }
  }
`);

export type TemplateData = ResultOf<typeof TemplateFields>;

export const OrgTemplatesQuery = graphql(
  `
  query OrgTemplates($slug: String!, $kind: TemplateKind) {
    organization(slug: $slug) {
      __typename
      id
      mission
      viewerCan {
        __typename
        manageTemplates
      }
      templates(kind: $kind) {
        ...TemplateFields
      }
    }
  }
`,
  [TemplateFields],
);

export const CreateGoalFromTemplateMutation = graphql(`
  mutation CreateGoalFromTemplate($input: CreateGoalFromTemplateInput!) {
    createGoalFromTemplate(input: $input) {
      __typename
      goal {
        __typename
        id
      }
    }
  }
`);

export const TemplatePermissionQuery = graphql(`
  query TemplatePermission($slug: String!) {
    organization(slug: $slug) {
      __typename
      id
      viewerCan {
        __typename
        manageTemplates
      }
    }
  }
`);

export const SaveGoalAsTemplateMutation = graphql(
  `
  mutation SaveGoalAsTemplate($input: SaveGoalAsTemplateInput!) {
    saveGoalAsTemplate(input: $input) {
      __typename
      template {
        ...TemplateFields
      }
    }
  }
`,
  [TemplateFields],
);

export const UpdateTemplateMutation = graphql(
  `
  mutation UpdateTemplate($input: UpdateTemplateInput!) {
    updateTemplate(input: $input) {
      __typename
      template {
        ...TemplateFields
      }
    }
  }
`,
  [TemplateFields],
);

export const DeleteTemplateMutation = graphql(`
  mutation DeleteTemplate($input: DeleteTemplateInput!) {
    deleteTemplate(input: $input) {
      __typename
      deletedTemplateId
    }
  }
`);
