import { graphql } from "@/graphql/client/graphql";

/** The notification preferences page's own operation. */
export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    viewer {
      id
      notificationPreferences {
        __typename
        kind
        label
        inApp
        email
        isDefault
      }
      digestPreferences {
        __typename
        organization {
          __typename
          id
          name
        }
        enabled
        scope
      }
    }
  }
`);

export const UpdateNotificationPreferenceMutation = graphql(`
  mutation UpdateNotificationPreference($input: UpdateNotificationPreferenceInput!) {
    updateNotificationPreference(input: $input) {
      __typename
      preference {
        __typename
        kind
        label
        inApp
        email
        isDefault
      }
    }
  }
`);

export const UpdateDigestPreferenceMutation = graphql(`
  mutation UpdateDigestPreference($input: UpdateDigestPreferenceInput!) {
    updateDigestPreference(input: $input) {
      __typename
      preference {
        __typename
        organization {
          __typename
          id
          name
        }
        enabled
        scope
      }
    }
  }
`);
