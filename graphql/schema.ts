import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { isObjectType } from "graphql";
import { meterLists } from "./budget.ts";
import { builder } from "./builder.ts";
import "./types/role.ts";
import "./types/user.ts";
import "./types/organization.ts";
import "./types/membership.ts";
import "./types/invitation.ts";
import "./types/member-mutations.ts";
import "./types/api-token.ts";
import "./types/account.ts";
import "./types/goal.ts";
import "./types/goal-check-in.ts";
import "./types/goal-mutations.ts";
import "./types/milestone.ts";
import "./types/milestone-mutations.ts";
import "./types/approval.ts";
import "./types/planning.ts";
import "./types/owner-suggestion.ts";
import "./types/assignment.ts";
import "./types/smart.ts";
import "./types/check-in.ts";
import "./types/activity.ts";
import "./types/comment.ts";
import "./types/dashboard.ts";
import "./types/my-work.ts";
import "./types/roadmap.ts";
import "./types/share-link.ts";
import "./types/search.ts";
import "./types/saved-view.ts";
import "./types/template.ts";
import "./types/viewer.ts";
import "./types/notification.ts";
import "./types/notification-kind.ts";
import "./types/notification-preferences.ts";
import "./types/email.ts";

export const schema = builder.toSchema({ sortSchema: true });

// The relay plugin resolves every node's `id` with an async function: a promise per object, which
// makes graphql-js complete every object asynchronously (a page of 1,600 milestones spent most of its
// time there). Ids are plain columns here, so encode them synchronously, exactly as the plugin does.
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) continue;
  const id = type.getFields().id;
  if (id) id.resolve = (parent: { id: string }) => encodeGlobalID(type.name, parent.id);
}

// Every list counts its items and checks the clock against the request budget.
meterLists(schema);
