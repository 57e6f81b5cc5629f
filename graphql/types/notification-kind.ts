import "server-only";
import { NOTIFICATION_KINDS } from "../../domain/notifications/preferences.ts";
import { builder } from "../builder.ts";

// One GraphQL enum for every notification kind (preferences, and the inbox when it needs one).
export const NotificationKindEnum = builder.enumType("NotificationKind", { values: NOTIFICATION_KINDS });
