import { graphql } from "@/graphql/client/graphql";

/** The saved views an organization shows the viewer: the org nav lists them, the dashboard manages them. */
export const SavedViewsQuery = graphql(`
  query SavedViews($slug: String!) {
    organization(slug: $slug) {
      id
      name
      viewerCan {
        shareViews
      }
      savedViews {
        id
        name
        shared
        viewerCanEdit
        viewerCanDelete
        creator {
          id
          name
        }
        filters {
          owner
          parent
          health
          window
        }
      }
    }
  }
`);

export const CreateSavedViewMutation = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      savedView {
        id
        name
      }
    }
  }
`);

export const UpdateSavedViewMutation = graphql(`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      savedView {
        id
        name
        shared
      }
    }
  }
`);

export const DeleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($input: DeleteSavedViewInput!) {
    deleteSavedView(input: $input) {
      deletedSavedViewId
    }
  }
`);
