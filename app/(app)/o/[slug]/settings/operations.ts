import { graphql } from "@/graphql/client/graphql";

/** The settings page's own operation (server-rendered first, then kept by Apollo). */
export const SettingsQuery = graphql(`
  query OrganizationSettings($slug: String!) {
    organization(slug: $slug) {
      id
      name
      slug
      timeZone
      mission
      createdAt
      viewerRole
      viewerCan {
        manageSettings
        ownOrganization
      }
    }
  }
`);
